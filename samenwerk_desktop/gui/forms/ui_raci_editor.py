# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'raci_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QLabel, QListView, QSplitter, QTableView, QToolBar, QVBoxLayout, QWidget
class Ui_RaciEditorForm(object):
    def setupUi(self, RaciEditorForm):
        if not RaciEditorForm.objectName():
            RaciEditorForm.setObjectName(u"RaciEditorForm")
        self.vboxlayout_3 = QVBoxLayout(RaciEditorForm)
        self.vboxlayout_3.setObjectName(u"vboxlayout_3")
        self.vboxlayout_3.setContentsMargins(4, 4, 4, 4)
        self.raciToolBar = QToolBar(RaciEditorForm)
        self.raciToolBar.setObjectName(u"raciToolBar")
        self.raciToolBar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.raciToolBar.setMovable(False)
        self.raciToolBar.setFloatable(False)

        self.vboxlayout_3.addWidget(self.raciToolBar)

        self.raciSplitter = QSplitter(RaciEditorForm)
        self.raciSplitter.setObjectName(u"raciSplitter")
        self.raciSplitter.setOrientation(Qt.Vertical)
        self.raciSplitter.setChildrenCollapsible(False)
        self.matrixPane = QWidget(self.raciSplitter)
        self.matrixPane.setObjectName(u"matrixPane")
        self.vboxlayout_1 = QVBoxLayout(self.matrixPane)
        self.vboxlayout_1.setObjectName(u"vboxlayout_1")
        self.vboxlayout_1.setContentsMargins(0, 0, 0, 0)
        self.raciTable = QTableView(self.matrixPane)
        self.raciTable.setObjectName(u"raciTable")

        self.vboxlayout_1.addWidget(self.raciTable)

        self.loadLabel = QLabel(self.matrixPane)
        self.loadLabel.setObjectName(u"loadLabel")

        self.vboxlayout_1.addWidget(self.loadLabel)

        self.loadTable = QTableView(self.matrixPane)
        self.loadTable.setObjectName(u"loadTable")

        self.vboxlayout_1.addWidget(self.loadTable)

        self.legendLabel = QLabel(self.matrixPane)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)

        self.vboxlayout_1.addWidget(self.legendLabel)

        self.raciSplitter.addWidget(self.matrixPane)
        self.findingsPane = QWidget(self.raciSplitter)
        self.findingsPane.setObjectName(u"findingsPane")
        self.vboxlayout_2 = QVBoxLayout(self.findingsPane)
        self.vboxlayout_2.setObjectName(u"vboxlayout_2")
        self.vboxlayout_2.setContentsMargins(0, 0, 0, 0)
        self.findingsLabel = QLabel(self.findingsPane)
        self.findingsLabel.setObjectName(u"findingsLabel")

        self.vboxlayout_2.addWidget(self.findingsLabel)

        self.findingsList = QListView(self.findingsPane)
        self.findingsList.setObjectName(u"findingsList")
        self.findingsList.setWordWrap(False)

        self.vboxlayout_2.addWidget(self.findingsList)

        self.raciSplitter.addWidget(self.findingsPane)

        self.vboxlayout_3.addWidget(self.raciSplitter)

#if QT_CONFIG(shortcut)
        self.findingsLabel.setBuddy(self.findingsList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RaciEditorForm)

        QMetaObject.connectSlotsByName(RaciEditorForm)
    # setupUi

    def retranslateUi(self, RaciEditorForm):
#if QT_CONFIG(accessibility)
        self.raciToolBar.setAccessibleName(QCoreApplication.translate("RaciEditorForm", u"Werkbalk van de verantwoordelijkhedenmatrix", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.raciTable.setAccessibleName(QCoreApplication.translate("RaciEditorForm", u"Verantwoordelijkhedenmatrix (RACI)", None))
#endif // QT_CONFIG(accessibility)
        self.loadLabel.setText(QCoreApplication.translate("RaciEditorForm", u"Belasting per partij", None))
#if QT_CONFIG(accessibility)
        self.loadTable.setAccessibleName(QCoreApplication.translate("RaciEditorForm", u"Belasting per partij", None))
#endif // QT_CONFIG(accessibility)
        self.findingsLabel.setText(QCoreApplication.translate("RaciEditorForm", u"Bevindingen", None))
#if QT_CONFIG(accessibility)
        self.findingsList.setAccessibleName(QCoreApplication.translate("RaciEditorForm", u"Bevindingen in de matrix", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

