# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'party_inspector.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QStackedWidget, QTableView, QVBoxLayout, QWidget
class Ui_PartyInspectorForm(object):
    def setupUi(self, PartyInspectorForm):
        if not PartyInspectorForm.objectName():
            PartyInspectorForm.setObjectName(u"PartyInspectorForm")
        self.vboxlayout_17 = QVBoxLayout(PartyInspectorForm)
        self.vboxlayout_17.setObjectName(u"vboxlayout_17")
        self.vboxlayout_17.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(PartyInspectorForm)
        self.pages.setObjectName(u"pages")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.vboxlayout_15 = QVBoxLayout(self.emptyPage)
        self.vboxlayout_15.setObjectName(u"vboxlayout_15")
        self.vboxlayout_15.setContentsMargins(0, 0, 0, 0)
        self.collaborationScroll = QScrollArea(self.emptyPage)
        self.collaborationScroll.setObjectName(u"collaborationScroll")
        self.collaborationScroll.setWidgetResizable(True)
        self.collaborationScroll.setFrameShape(QFrame.NoFrame)
        self.collaborationContents = QWidget()
        self.collaborationContents.setObjectName(u"collaborationContents")
        self.collaborationLayout = QVBoxLayout(self.collaborationContents)
        self.collaborationLayout.setObjectName(u"collaborationLayout")
        self.emptyLabel = QLabel(self.collaborationContents)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.collaborationLayout.addWidget(self.emptyLabel)

        self.collaborationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.collaborationLayout.addItem(self.collaborationSpacer)

        self.collaborationScroll.setWidget(self.collaborationContents)

        self.vboxlayout_15.addWidget(self.collaborationScroll)

        self.pages.addWidget(self.emptyPage)
        self.profilePage = QWidget()
        self.profilePage.setObjectName(u"profilePage")
        self.vboxlayout_16 = QVBoxLayout(self.profilePage)
        self.vboxlayout_16.setObjectName(u"vboxlayout_16")
        self.vboxlayout_16.setContentsMargins(0, 0, 0, 0)
        self.profileScroll = QScrollArea(self.profilePage)
        self.profileScroll.setObjectName(u"profileScroll")
        self.profileScroll.setWidgetResizable(True)
        self.profileScroll.setFrameShape(QFrame.NoFrame)
        self.profileContents = QWidget()
        self.profileContents.setObjectName(u"profileContents")
        self.vboxlayout_14 = QVBoxLayout(self.profileContents)
        self.vboxlayout_14.setObjectName(u"vboxlayout_14")
        self.headerLabel = QLabel(self.profileContents)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setTextFormat(Qt.PlainText)
        self.headerLabel.setWordWrap(True)

        self.vboxlayout_14.addWidget(self.headerLabel)

        self.organisationBox = QGroupBox(self.profileContents)
        self.organisationBox.setObjectName(u"organisationBox")
        self.formlayout_5 = QFormLayout(self.organisationBox)
        self.formlayout_5.setObjectName(u"formlayout_5")
        self.formlayout_5.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formlayout_5.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.label_18 = QLabel(self.organisationBox)
        self.label_18.setObjectName(u"label_18")

        self.formlayout_5.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_18)

        self.nameEdit = QLineEdit(self.organisationBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formlayout_5.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.label_19 = QLabel(self.organisationBox)
        self.label_19.setObjectName(u"label_19")

        self.formlayout_5.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_19)

        self.shortNameEdit = QLineEdit(self.organisationBox)
        self.shortNameEdit.setObjectName(u"shortNameEdit")

        self.formlayout_5.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.label_20 = QLabel(self.organisationBox)
        self.label_20.setObjectName(u"label_20")

        self.formlayout_5.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_20)

        self.kindCombo = QComboBox(self.organisationBox)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formlayout_5.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.label_21 = QLabel(self.organisationBox)
        self.label_21.setObjectName(u"label_21")

        self.formlayout_5.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_21)

        self.colourRow = QWidget(self.organisationBox)
        self.colourRow.setObjectName(u"colourRow")
        self.hboxlayout_4 = QHBoxLayout(self.colourRow)
        self.hboxlayout_4.setObjectName(u"hboxlayout_4")
        self.hboxlayout_4.setContentsMargins(0, 0, 0, 0)
        self.colourEdit = QLineEdit(self.colourRow)
        self.colourEdit.setObjectName(u"colourEdit")

        self.hboxlayout_4.addWidget(self.colourEdit)

        self.colourButton = QPushButton(self.colourRow)
        self.colourButton.setObjectName(u"colourButton")

        self.hboxlayout_4.addWidget(self.colourButton)


        self.formlayout_5.setWidget(3, QFormLayout.ItemRole.FieldRole, self.colourRow)


        self.vboxlayout_14.addWidget(self.organisationBox)

        self.positionBox = QGroupBox(self.profileContents)
        self.positionBox.setObjectName(u"positionBox")
        self.formlayout_8 = QFormLayout(self.positionBox)
        self.formlayout_8.setObjectName(u"formlayout_8")
        self.formlayout_8.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formlayout_8.setRowWrapPolicy(QFormLayout.WrapAllRows)
        self.label_22 = QLabel(self.positionBox)
        self.label_22.setObjectName(u"label_22")

        self.formlayout_8.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_22)

        self.stanceCombo = QComboBox(self.positionBox)
        self.stanceCombo.setObjectName(u"stanceCombo")

        self.formlayout_8.setWidget(0, QFormLayout.ItemRole.FieldRole, self.stanceCombo)

        self.label_23 = QLabel(self.positionBox)
        self.label_23.setObjectName(u"label_23")

        self.formlayout_8.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_23)

        self.influenceSpin = QSpinBox(self.positionBox)
        self.influenceSpin.setObjectName(u"influenceSpin")
        self.influenceSpin.setMinimum(0)
        self.influenceSpin.setMaximum(10)

        self.formlayout_8.setWidget(1, QFormLayout.ItemRole.FieldRole, self.influenceSpin)

        self.label_24 = QLabel(self.positionBox)
        self.label_24.setObjectName(u"label_24")

        self.formlayout_8.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_24)

        self.involvementSpin = QSpinBox(self.positionBox)
        self.involvementSpin.setObjectName(u"involvementSpin")
        self.involvementSpin.setMinimum(0)
        self.involvementSpin.setMaximum(10)

        self.formlayout_8.setWidget(2, QFormLayout.ItemRole.FieldRole, self.involvementSpin)

        self.label_25 = QLabel(self.positionBox)
        self.label_25.setObjectName(u"label_25")

        self.formlayout_8.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_25)

        self.positionEdit = QPlainTextEdit(self.positionBox)
        self.positionEdit.setObjectName(u"positionEdit")
        self.positionEdit.setMaximumSize(QSize(16777215, 72))
        self.positionEdit.setTabChangesFocus(True)

        self.formlayout_8.setWidget(3, QFormLayout.ItemRole.FieldRole, self.positionEdit)

        self.label_26 = QLabel(self.positionBox)
        self.label_26.setObjectName(u"label_26")

        self.formlayout_8.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_26)

        self.interestsRow = QWidget(self.positionBox)
        self.interestsRow.setObjectName(u"interestsRow")
        self.vboxlayout_7 = QVBoxLayout(self.interestsRow)
        self.vboxlayout_7.setObjectName(u"vboxlayout_7")
        self.vboxlayout_7.setContentsMargins(0, 0, 0, 0)
        self.interestsList = QListWidget(self.interestsRow)
        self.interestsList.setObjectName(u"interestsList")
        self.interestsList.setMaximumSize(QSize(16777215, 110))

        self.vboxlayout_7.addWidget(self.interestsList)

        self.hboxlayout_6 = QHBoxLayout()
        self.hboxlayout_6.setObjectName(u"hboxlayout_6")
        self.hboxlayout_6.setContentsMargins(0, 0, 0, 0)
        self.addInterestButton = QPushButton(self.interestsRow)
        self.addInterestButton.setObjectName(u"addInterestButton")

        self.hboxlayout_6.addWidget(self.addInterestButton)

        self.removeInterestButton = QPushButton(self.interestsRow)
        self.removeInterestButton.setObjectName(u"removeInterestButton")

        self.hboxlayout_6.addWidget(self.removeInterestButton)

        self.spacer_27 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hboxlayout_6.addItem(self.spacer_27)


        self.vboxlayout_7.addLayout(self.hboxlayout_6)


        self.formlayout_8.setWidget(4, QFormLayout.ItemRole.FieldRole, self.interestsRow)


        self.vboxlayout_14.addWidget(self.positionBox)

        self.backgroundBox = QGroupBox(self.profileContents)
        self.backgroundBox.setObjectName(u"backgroundBox")
        self.formlayout_9 = QFormLayout(self.backgroundBox)
        self.formlayout_9.setObjectName(u"formlayout_9")
        self.formlayout_9.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formlayout_9.setRowWrapPolicy(QFormLayout.WrapAllRows)
        self.label_28 = QLabel(self.backgroundBox)
        self.label_28.setObjectName(u"label_28")

        self.formlayout_9.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_28)

        self.cultureEdit = QPlainTextEdit(self.backgroundBox)
        self.cultureEdit.setObjectName(u"cultureEdit")
        self.cultureEdit.setMaximumSize(QSize(16777215, 72))
        self.cultureEdit.setTabChangesFocus(True)

        self.formlayout_9.setWidget(0, QFormLayout.ItemRole.FieldRole, self.cultureEdit)

        self.label_29 = QLabel(self.backgroundBox)
        self.label_29.setObjectName(u"label_29")

        self.formlayout_9.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_29)

        self.experienceEdit = QPlainTextEdit(self.backgroundBox)
        self.experienceEdit.setObjectName(u"experienceEdit")
        self.experienceEdit.setMaximumSize(QSize(16777215, 72))
        self.experienceEdit.setTabChangesFocus(True)

        self.formlayout_9.setWidget(1, QFormLayout.ItemRole.FieldRole, self.experienceEdit)

        self.label_30 = QLabel(self.backgroundBox)
        self.label_30.setObjectName(u"label_30")

        self.formlayout_9.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_30)

        self.beliefsEdit = QPlainTextEdit(self.backgroundBox)
        self.beliefsEdit.setObjectName(u"beliefsEdit")
        self.beliefsEdit.setMaximumSize(QSize(16777215, 72))
        self.beliefsEdit.setTabChangesFocus(True)

        self.formlayout_9.setWidget(2, QFormLayout.ItemRole.FieldRole, self.beliefsEdit)


        self.vboxlayout_14.addWidget(self.backgroundBox)

        self.mandateBox = QGroupBox(self.profileContents)
        self.mandateBox.setObjectName(u"mandateBox")
        self.formlayout_10 = QFormLayout(self.mandateBox)
        self.formlayout_10.setObjectName(u"formlayout_10")
        self.formlayout_10.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formlayout_10.setRowWrapPolicy(QFormLayout.WrapAllRows)
        self.label_31 = QLabel(self.mandateBox)
        self.label_31.setObjectName(u"label_31")

        self.formlayout_10.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_31)

        self.mandateEdit = QPlainTextEdit(self.mandateBox)
        self.mandateEdit.setObjectName(u"mandateEdit")
        self.mandateEdit.setMaximumSize(QSize(16777215, 72))
        self.mandateEdit.setTabChangesFocus(True)

        self.formlayout_10.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mandateEdit)

        self.label_32 = QLabel(self.mandateBox)
        self.label_32.setObjectName(u"label_32")

        self.formlayout_10.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_32)

        self.mustConsultCheck = QCheckBox(self.mandateBox)
        self.mustConsultCheck.setObjectName(u"mustConsultCheck")

        self.formlayout_10.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mustConsultCheck)

        self.label_33 = QLabel(self.mandateBox)
        self.label_33.setObjectName(u"label_33")

        self.formlayout_10.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_33)

        self.contributesEdit = QPlainTextEdit(self.mandateBox)
        self.contributesEdit.setObjectName(u"contributesEdit")
        self.contributesEdit.setMaximumSize(QSize(16777215, 72))
        self.contributesEdit.setTabChangesFocus(True)

        self.formlayout_10.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contributesEdit)

        self.label_34 = QLabel(self.mandateBox)
        self.label_34.setObjectName(u"label_34")

        self.formlayout_10.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_34)

        self.needsEdit = QPlainTextEdit(self.mandateBox)
        self.needsEdit.setObjectName(u"needsEdit")
        self.needsEdit.setMaximumSize(QSize(16777215, 72))
        self.needsEdit.setTabChangesFocus(True)

        self.formlayout_10.setWidget(3, QFormLayout.ItemRole.FieldRole, self.needsEdit)


        self.vboxlayout_14.addWidget(self.mandateBox)

        self.representativesBox = QGroupBox(self.profileContents)
        self.representativesBox.setObjectName(u"representativesBox")
        self.vboxlayout_12 = QVBoxLayout(self.representativesBox)
        self.vboxlayout_12.setObjectName(u"vboxlayout_12")
        self.representativesTable = QTableView(self.representativesBox)
        self.representativesTable.setObjectName(u"representativesTable")
        self.representativesTable.setMaximumSize(QSize(16777215, 150))

        self.vboxlayout_12.addWidget(self.representativesTable)

        self.hboxlayout_11 = QHBoxLayout()
        self.hboxlayout_11.setObjectName(u"hboxlayout_11")
        self.hboxlayout_11.setContentsMargins(0, 0, 0, 0)
        self.addRepresentativeButton = QPushButton(self.representativesBox)
        self.addRepresentativeButton.setObjectName(u"addRepresentativeButton")

        self.hboxlayout_11.addWidget(self.addRepresentativeButton)

        self.removeRepresentativeButton = QPushButton(self.representativesBox)
        self.removeRepresentativeButton.setObjectName(u"removeRepresentativeButton")

        self.hboxlayout_11.addWidget(self.removeRepresentativeButton)

        self.spacer_35 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hboxlayout_11.addItem(self.spacer_35)


        self.vboxlayout_12.addLayout(self.hboxlayout_11)


        self.vboxlayout_14.addWidget(self.representativesBox)

        self.privateBox = QGroupBox(self.profileContents)
        self.privateBox.setObjectName(u"privateBox")
        self.vboxlayout_13 = QVBoxLayout(self.privateBox)
        self.vboxlayout_13.setObjectName(u"vboxlayout_13")
        self.privateHint = QLabel(self.privateBox)
        self.privateHint.setObjectName(u"privateHint")
        self.privateHint.setWordWrap(True)

        self.vboxlayout_13.addWidget(self.privateHint)

        self.privateNoteEdit = QPlainTextEdit(self.privateBox)
        self.privateNoteEdit.setObjectName(u"privateNoteEdit")
        self.privateNoteEdit.setMaximumSize(QSize(16777215, 110))
        self.privateNoteEdit.setTabChangesFocus(True)

        self.vboxlayout_13.addWidget(self.privateNoteEdit)


        self.vboxlayout_14.addWidget(self.privateBox)

        self.spacer_36 = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.vboxlayout_14.addItem(self.spacer_36)

        self.profileScroll.setWidget(self.profileContents)

        self.vboxlayout_16.addWidget(self.profileScroll)

        self.pages.addWidget(self.profilePage)

        self.vboxlayout_17.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.label_18.setBuddy(self.nameEdit)
        self.label_19.setBuddy(self.shortNameEdit)
        self.label_20.setBuddy(self.kindCombo)
        self.label_21.setBuddy(self.colourRow)
        self.label_22.setBuddy(self.stanceCombo)
        self.label_23.setBuddy(self.influenceSpin)
        self.label_24.setBuddy(self.involvementSpin)
        self.label_25.setBuddy(self.positionEdit)
        self.label_26.setBuddy(self.interestsRow)
        self.label_28.setBuddy(self.cultureEdit)
        self.label_29.setBuddy(self.experienceEdit)
        self.label_30.setBuddy(self.beliefsEdit)
        self.label_31.setBuddy(self.mandateEdit)
        self.label_32.setBuddy(self.mustConsultCheck)
        self.label_33.setBuddy(self.contributesEdit)
        self.label_34.setBuddy(self.needsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PartyInspectorForm)

        QMetaObject.connectSlotsByName(PartyInspectorForm)
    # setupUi

    def retranslateUi(self, PartyInspectorForm):
#if QT_CONFIG(accessibility)
        self.collaborationScroll.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Samenwerking", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("PartyInspectorForm", u"Kies een partij op de kaart, in de matrix of in een lijst om haar profiel te zien en te bewerken.", None))
#if QT_CONFIG(accessibility)
        self.profileScroll.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Profiel van de partij", None))
#endif // QT_CONFIG(accessibility)
        self.organisationBox.setTitle(QCoreApplication.translate("PartyInspectorForm", u"Organisatie", None))
#if QT_CONFIG(accessibility)
        self.organisationBox.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Organisatie", None))
#endif // QT_CONFIG(accessibility)
        self.label_18.setText(QCoreApplication.translate("PartyInspectorForm", u"Naam", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Naam", None))
#endif // QT_CONFIG(accessibility)
        self.label_19.setText(QCoreApplication.translate("PartyInspectorForm", u"Afkorting", None))
#if QT_CONFIG(accessibility)
        self.shortNameEdit.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Afkorting", None))
#endif // QT_CONFIG(accessibility)
        self.label_20.setText(QCoreApplication.translate("PartyInspectorForm", u"Soort", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Soort organisatie", None))
#endif // QT_CONFIG(accessibility)
        self.label_21.setText(QCoreApplication.translate("PartyInspectorForm", u"Kleur", None))
#if QT_CONFIG(accessibility)
        self.colourEdit.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Kleur (hexadecimaal)", None))
#endif // QT_CONFIG(accessibility)
        self.colourButton.setText(QCoreApplication.translate("PartyInspectorForm", u"Kies\u2026", None))
#if QT_CONFIG(accessibility)
        self.colourButton.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Kleur kiezen", None))
#endif // QT_CONFIG(accessibility)
        self.positionBox.setTitle(QCoreApplication.translate("PartyInspectorForm", u"Positie ten opzichte van de opgave", None))
#if QT_CONFIG(accessibility)
        self.positionBox.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Positie ten opzichte van de opgave", None))
#endif // QT_CONFIG(accessibility)
        self.label_22.setText(QCoreApplication.translate("PartyInspectorForm", u"Houding", None))
#if QT_CONFIG(accessibility)
        self.stanceCombo.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Standpunt ten opzichte van de opgave", None))
#endif // QT_CONFIG(accessibility)
        self.label_23.setText(QCoreApplication.translate("PartyInspectorForm", u"Invloed (0\u201310)", None))
#if QT_CONFIG(accessibility)
        self.influenceSpin.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Invloed", None))
#endif // QT_CONFIG(accessibility)
        self.label_24.setText(QCoreApplication.translate("PartyInspectorForm", u"Betrokkenheid (0\u201310)", None))
#if QT_CONFIG(accessibility)
        self.involvementSpin.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Betrokkenheid", None))
#endif // QT_CONFIG(accessibility)
        self.label_25.setText(QCoreApplication.translate("PartyInspectorForm", u"Standpunt", None))
#if QT_CONFIG(accessibility)
        self.positionEdit.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Standpunt", None))
#endif // QT_CONFIG(accessibility)
        self.label_26.setText(QCoreApplication.translate("PartyInspectorForm", u"Belangen", None))
#if QT_CONFIG(accessibility)
        self.interestsList.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Belangen", None))
#endif // QT_CONFIG(accessibility)
        self.addInterestButton.setText(QCoreApplication.translate("PartyInspectorForm", u"Toevoegen", None))
#if QT_CONFIG(accessibility)
        self.addInterestButton.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Belang toevoegen", None))
#endif // QT_CONFIG(accessibility)
        self.removeInterestButton.setText(QCoreApplication.translate("PartyInspectorForm", u"Verwijderen", None))
#if QT_CONFIG(accessibility)
        self.removeInterestButton.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Belang verwijderen", None))
#endif // QT_CONFIG(accessibility)
        self.backgroundBox.setTitle(QCoreApplication.translate("PartyInspectorForm", u"Achtergrond", None))
#if QT_CONFIG(accessibility)
        self.backgroundBox.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Achtergrond", None))
#endif // QT_CONFIG(accessibility)
        self.label_28.setText(QCoreApplication.translate("PartyInspectorForm", u"Cultuur", None))
#if QT_CONFIG(accessibility)
        self.cultureEdit.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Cultuur", None))
#endif // QT_CONFIG(accessibility)
        self.label_29.setText(QCoreApplication.translate("PartyInspectorForm", u"Ervaring", None))
#if QT_CONFIG(accessibility)
        self.experienceEdit.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Ervaring", None))
#endif // QT_CONFIG(accessibility)
        self.label_30.setText(QCoreApplication.translate("PartyInspectorForm", u"Overtuigingen", None))
#if QT_CONFIG(accessibility)
        self.beliefsEdit.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Overtuigingen", None))
#endif // QT_CONFIG(accessibility)
        self.mandateBox.setTitle(QCoreApplication.translate("PartyInspectorForm", u"Mandaat en bijdrage", None))
#if QT_CONFIG(accessibility)
        self.mandateBox.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Mandaat en bijdrage", None))
#endif // QT_CONFIG(accessibility)
        self.label_31.setText(QCoreApplication.translate("PartyInspectorForm", u"Mandaat", None))
#if QT_CONFIG(accessibility)
        self.mandateEdit.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Mandaat", None))
#endif // QT_CONFIG(accessibility)
        self.label_32.setText("")
        self.mustConsultCheck.setText(QCoreApplication.translate("PartyInspectorForm", u"Terugkoppeling naar bestuur nodig", None))
#if QT_CONFIG(accessibility)
        self.mustConsultCheck.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Terugkoppeling naar bestuur nodig", None))
#endif // QT_CONFIG(accessibility)
        self.label_33.setText(QCoreApplication.translate("PartyInspectorForm", u"Wat wij bijdragen", None))
#if QT_CONFIG(accessibility)
        self.contributesEdit.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Wat wij bijdragen", None))
#endif // QT_CONFIG(accessibility)
        self.label_34.setText(QCoreApplication.translate("PartyInspectorForm", u"Wat wij nodig hebben", None))
#if QT_CONFIG(accessibility)
        self.needsEdit.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Wat wij nodig hebben", None))
#endif // QT_CONFIG(accessibility)
        self.representativesBox.setTitle(QCoreApplication.translate("PartyInspectorForm", u"Vertegenwoordigers", None))
#if QT_CONFIG(accessibility)
        self.representativesBox.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Vertegenwoordigers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.representativesTable.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Vertegenwoordigers", None))
#endif // QT_CONFIG(accessibility)
        self.addRepresentativeButton.setText(QCoreApplication.translate("PartyInspectorForm", u"Toevoegen", None))
#if QT_CONFIG(accessibility)
        self.addRepresentativeButton.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Vertegenwoordiger toevoegen", None))
#endif // QT_CONFIG(accessibility)
        self.removeRepresentativeButton.setText(QCoreApplication.translate("PartyInspectorForm", u"Verwijderen", None))
#if QT_CONFIG(accessibility)
        self.removeRepresentativeButton.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Vertegenwoordiger verwijderen", None))
#endif // QT_CONFIG(accessibility)
        self.privateBox.setTitle(QCoreApplication.translate("PartyInspectorForm", u"Alleen voor de procesbegeleider", None))
#if QT_CONFIG(accessibility)
        self.privateBox.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Alleen voor de procesbegeleider", None))
#endif // QT_CONFIG(accessibility)
        self.privateHint.setText(QCoreApplication.translate("PartyInspectorForm", u"Notitie van de procesbegeleider: niet zichtbaar in presentatiemodus en niet in rapporten.", None))
#if QT_CONFIG(accessibility)
        self.privateNoteEdit.setAccessibleName(QCoreApplication.translate("PartyInspectorForm", u"Notitie van de procesbegeleider (alleen voor de procesbegeleider)", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

