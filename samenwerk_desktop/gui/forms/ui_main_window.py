# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QMetaObject, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSplitter, QStackedWidget, QVBoxLayout, QWidget

class Ui_MainWindowBody(object):
    def setupUi(self, MainWindowBody):
        if not MainWindowBody.objectName():
            MainWindowBody.setObjectName(u"MainWindowBody")
        MainWindowBody.resize(1600, 1000)
        self.bodyLayout = QVBoxLayout(MainWindowBody)
        self.bodyLayout.setSpacing(0)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.bodyLayout.setContentsMargins(4, 4, 4, 0)
        self.bodyStack = QStackedWidget(MainWindowBody)
        self.bodyStack.setObjectName(u"bodyStack")
        self.welcomePage = QWidget()
        self.welcomePage.setObjectName(u"welcomePage")
        self.welcomeLayout = QVBoxLayout(self.welcomePage)
        self.welcomeLayout.setObjectName(u"welcomeLayout")
        self.welcomeLayout.setContentsMargins(11, 11, 11, 11)
        self.welcomeLabel = QLabel(self.welcomePage)
        self.welcomeLabel.setObjectName(u"welcomeLabel")
        self.welcomeLabel.setAlignment(Qt.AlignCenter)
        self.welcomeLabel.setWordWrap(True)

        self.welcomeLayout.addWidget(self.welcomeLabel)

        self.bodyStack.addWidget(self.welcomePage)
        self.workPage = QWidget()
        self.workPage.setObjectName(u"workPage")
        self.workLayout = QVBoxLayout(self.workPage)
        self.workLayout.setObjectName(u"workLayout")
        self.workLayout.setContentsMargins(0, 0, 0, 0)
        self.mainSplitter = QSplitter(self.workPage)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.mapPane = QWidget(self.mainSplitter)
        self.mapPane.setObjectName(u"mapPane")
        self.mapPaneLayout = QVBoxLayout(self.mapPane)
        self.mapPaneLayout.setSpacing(2)
        self.mapPaneLayout.setObjectName(u"mapPaneLayout")
        self.mapPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.mainSplitter.addWidget(self.mapPane)
        self.sideSplitter = QSplitter(self.mainSplitter)
        self.sideSplitter.setObjectName(u"sideSplitter")
        self.sideSplitter.setOrientation(Qt.Vertical)
        self.sideSplitter.setChildrenCollapsible(False)
        self.raciPane = QScrollArea(self.sideSplitter)
        self.raciPane.setObjectName(u"raciPane")
        self.raciPane.setWidgetResizable(True)
        self.raciPane.setFrameShape(QFrame.NoFrame)
        self.raciHolder = QWidget()
        self.raciHolder.setObjectName(u"raciHolder")
        self.raciPaneLayout = QVBoxLayout(self.raciHolder)
        self.raciPaneLayout.setObjectName(u"raciPaneLayout")
        self.raciPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.raciPane.setWidget(self.raciHolder)
        self.sideSplitter.addWidget(self.raciPane)
        self.agreementsPane = QScrollArea(self.sideSplitter)
        self.agreementsPane.setObjectName(u"agreementsPane")
        self.agreementsPane.setWidgetResizable(True)
        self.agreementsPane.setFrameShape(QFrame.NoFrame)
        self.agreementsHolder = QWidget()
        self.agreementsHolder.setObjectName(u"agreementsHolder")
        self.agreementsPaneLayout = QVBoxLayout(self.agreementsHolder)
        self.agreementsPaneLayout.setObjectName(u"agreementsPaneLayout")
        self.agreementsPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.agreementsPane.setWidget(self.agreementsHolder)
        self.sideSplitter.addWidget(self.agreementsPane)
        self.mainSplitter.addWidget(self.sideSplitter)
        self.inspectorPane = QScrollArea(self.mainSplitter)
        self.inspectorPane.setObjectName(u"inspectorPane")
        self.inspectorPane.setWidgetResizable(True)
        self.inspectorPane.setFrameShape(QFrame.NoFrame)
        self.inspectorHolder = QWidget()
        self.inspectorHolder.setObjectName(u"inspectorHolder")
        self.inspectorPaneLayout = QVBoxLayout(self.inspectorHolder)
        self.inspectorPaneLayout.setObjectName(u"inspectorPaneLayout")
        self.inspectorPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.inspectorPane.setWidget(self.inspectorHolder)
        self.mainSplitter.addWidget(self.inspectorPane)

        self.workLayout.addWidget(self.mainSplitter)

        self.bodyStack.addWidget(self.workPage)

        self.bodyLayout.addWidget(self.bodyStack)


        self.retranslateUi(MainWindowBody)

        QMetaObject.connectSlotsByName(MainWindowBody)
    # setupUi

    def retranslateUi(self, MainWindowBody):
        pass
    # retranslateUi

