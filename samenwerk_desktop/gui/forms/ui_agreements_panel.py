# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agreements_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableView, QVBoxLayout, QWidget
class Ui_AgreementsPanelForm(object):
    def setupUi(self, AgreementsPanelForm):
        if not AgreementsPanelForm.objectName():
            AgreementsPanelForm.setObjectName(u"AgreementsPanelForm")
        self.vboxlayout_76 = QVBoxLayout(AgreementsPanelForm)
        self.vboxlayout_76.setObjectName(u"vboxlayout_76")
        self.vboxlayout_76.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(AgreementsPanelForm)
        self.tabs.setObjectName(u"tabs")
        self.agreementsTab = QWidget()
        self.agreementsTab.setObjectName(u"agreementsTab")
        self.vboxlayout_44 = QVBoxLayout(self.agreementsTab)
        self.vboxlayout_44.setObjectName(u"vboxlayout_44")
        self.vboxlayout_44.setContentsMargins(11, 11, 11, 11)
        self.hboxlayout_39 = QHBoxLayout()
        self.hboxlayout_39.setObjectName(u"hboxlayout_39")
        self.hboxlayout_39.setContentsMargins(0, 0, 0, 0)
        self.label_37 = QLabel(self.agreementsTab)
        self.label_37.setObjectName(u"label_37")

        self.hboxlayout_39.addWidget(self.label_37)

        self.agreementStatusFilter = QComboBox(self.agreementsTab)
        self.agreementStatusFilter.setObjectName(u"agreementStatusFilter")

        self.hboxlayout_39.addWidget(self.agreementStatusFilter)

        self.label_38 = QLabel(self.agreementsTab)
        self.label_38.setObjectName(u"label_38")

        self.hboxlayout_39.addWidget(self.label_38)

        self.agreementPartyFilter = QComboBox(self.agreementsTab)
        self.agreementPartyFilter.setObjectName(u"agreementPartyFilter")

        self.hboxlayout_39.addWidget(self.agreementPartyFilter)

        self.spacer_77 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hboxlayout_39.addItem(self.spacer_77)

        self.agreementAddButton = QPushButton(self.agreementsTab)
        self.agreementAddButton.setObjectName(u"agreementAddButton")

        self.hboxlayout_39.addWidget(self.agreementAddButton)

        self.agreementDeleteButton = QPushButton(self.agreementsTab)
        self.agreementDeleteButton.setObjectName(u"agreementDeleteButton")

        self.hboxlayout_39.addWidget(self.agreementDeleteButton)


        self.vboxlayout_44.addLayout(self.hboxlayout_39)

        self.agreementSplitter = QSplitter(self.agreementsTab)
        self.agreementSplitter.setObjectName(u"agreementSplitter")
        self.agreementSplitter.setOrientation(Qt.Horizontal)
        self.agreementSplitter.setChildrenCollapsible(False)
        self.agreementsTable = QTableView(self.agreementSplitter)
        self.agreementsTable.setObjectName(u"agreementsTable")
        self.agreementSplitter.addWidget(self.agreementsTable)
        self.agreementDetailScroll = QScrollArea(self.agreementSplitter)
        self.agreementDetailScroll.setObjectName(u"agreementDetailScroll")
        self.agreementDetailScroll.setWidgetResizable(True)
        self.agreementDetail = QWidget()
        self.agreementDetail.setObjectName(u"agreementDetail")
        self.vboxlayout_43 = QVBoxLayout(self.agreementDetail)
        self.vboxlayout_43.setObjectName(u"vboxlayout_43")
        self.hboxlayout_41 = QHBoxLayout()
        self.hboxlayout_41.setObjectName(u"hboxlayout_41")
        self.hboxlayout_41.setContentsMargins(0, 0, 0, 0)
        self.label_40 = QLabel(self.agreementDetail)
        self.label_40.setObjectName(u"label_40")
        self.label_40.setWordWrap(True)

        self.hboxlayout_41.addWidget(self.label_40)

        self.agreedButton = QPushButton(self.agreementDetail)
        self.agreedButton.setObjectName(u"agreedButton")

        self.hboxlayout_41.addWidget(self.agreedButton)

        self.doneButton = QPushButton(self.agreementDetail)
        self.doneButton.setObjectName(u"doneButton")

        self.hboxlayout_41.addWidget(self.doneButton)

        self.droppedButton = QPushButton(self.agreementDetail)
        self.droppedButton.setObjectName(u"droppedButton")

        self.hboxlayout_41.addWidget(self.droppedButton)

        self.spacer_78 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hboxlayout_41.addItem(self.spacer_78)


        self.vboxlayout_43.addLayout(self.hboxlayout_41)

        self.agreementOverdueLabel = QLabel(self.agreementDetail)
        self.agreementOverdueLabel.setObjectName(u"agreementOverdueLabel")
        self.agreementOverdueLabel.setWordWrap(True)

        self.vboxlayout_43.addWidget(self.agreementOverdueLabel)

        self.formlayout_42 = QFormLayout()
        self.formlayout_42.setObjectName(u"formlayout_42")
        self.formlayout_42.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_79 = QLabel(self.agreementDetail)
        self.label_79.setObjectName(u"label_79")

        self.formlayout_42.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_79)

        self.agreementText = QPlainTextEdit(self.agreementDetail)
        self.agreementText.setObjectName(u"agreementText")
        self.agreementText.setMaximumSize(QSize(16777215, 90))
        self.agreementText.setTabChangesFocus(True)

        self.formlayout_42.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agreementText)

        self.label_80 = QLabel(self.agreementDetail)
        self.label_80.setObjectName(u"label_80")

        self.formlayout_42.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_80)

        self.agreementCategory = QLineEdit(self.agreementDetail)
        self.agreementCategory.setObjectName(u"agreementCategory")

        self.formlayout_42.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agreementCategory)

        self.label_81 = QLabel(self.agreementDetail)
        self.label_81.setObjectName(u"label_81")

        self.formlayout_42.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_81)

        self.agreementOwner = QComboBox(self.agreementDetail)
        self.agreementOwner.setObjectName(u"agreementOwner")

        self.formlayout_42.setWidget(2, QFormLayout.ItemRole.FieldRole, self.agreementOwner)

        self.label_82 = QLabel(self.agreementDetail)
        self.label_82.setObjectName(u"label_82")

        self.formlayout_42.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_82)

        self.agreementStatus = QComboBox(self.agreementDetail)
        self.agreementStatus.setObjectName(u"agreementStatus")

        self.formlayout_42.setWidget(3, QFormLayout.ItemRole.FieldRole, self.agreementStatus)

        self.label_83 = QLabel(self.agreementDetail)
        self.label_83.setObjectName(u"label_83")

        self.formlayout_42.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_83)

        self.agreementReviewDate = QLineEdit(self.agreementDetail)
        self.agreementReviewDate.setObjectName(u"agreementReviewDate")

        self.formlayout_42.setWidget(4, QFormLayout.ItemRole.FieldRole, self.agreementReviewDate)

        self.label_84 = QLabel(self.agreementDetail)
        self.label_84.setObjectName(u"label_84")

        self.formlayout_42.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_84)

        self.agreementMeeting = QComboBox(self.agreementDetail)
        self.agreementMeeting.setObjectName(u"agreementMeeting")

        self.formlayout_42.setWidget(5, QFormLayout.ItemRole.FieldRole, self.agreementMeeting)

        self.label_85 = QLabel(self.agreementDetail)
        self.label_85.setObjectName(u"label_85")

        self.formlayout_42.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_85)

        self.agreementWorkItem = QComboBox(self.agreementDetail)
        self.agreementWorkItem.setObjectName(u"agreementWorkItem")

        self.formlayout_42.setWidget(6, QFormLayout.ItemRole.FieldRole, self.agreementWorkItem)

        self.label_86 = QLabel(self.agreementDetail)
        self.label_86.setObjectName(u"label_86")

        self.formlayout_42.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_86)

        self.agreementParties = QListWidget(self.agreementDetail)
        self.agreementParties.setObjectName(u"agreementParties")
        self.agreementParties.setMaximumSize(QSize(16777215, 140))

        self.formlayout_42.setWidget(7, QFormLayout.ItemRole.FieldRole, self.agreementParties)


        self.vboxlayout_43.addLayout(self.formlayout_42)

        self.spacer_87 = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.vboxlayout_43.addItem(self.spacer_87)

        self.agreementDetailScroll.setWidget(self.agreementDetail)
        self.agreementSplitter.addWidget(self.agreementDetailScroll)

        self.vboxlayout_44.addWidget(self.agreementSplitter)

        self.tabs.addTab(self.agreementsTab, "")
        self.decisionsTab = QWidget()
        self.decisionsTab.setObjectName(u"decisionsTab")
        self.vboxlayout_50 = QVBoxLayout(self.decisionsTab)
        self.vboxlayout_50.setObjectName(u"vboxlayout_50")
        self.vboxlayout_50.setContentsMargins(11, 11, 11, 11)
        self.hboxlayout_47 = QHBoxLayout()
        self.hboxlayout_47.setObjectName(u"hboxlayout_47")
        self.hboxlayout_47.setContentsMargins(0, 0, 0, 0)
        self.label_45 = QLabel(self.decisionsTab)
        self.label_45.setObjectName(u"label_45")

        self.hboxlayout_47.addWidget(self.label_45)

        self.decisionStatusFilter = QComboBox(self.decisionsTab)
        self.decisionStatusFilter.setObjectName(u"decisionStatusFilter")

        self.hboxlayout_47.addWidget(self.decisionStatusFilter)

        self.label_46 = QLabel(self.decisionsTab)
        self.label_46.setObjectName(u"label_46")

        self.hboxlayout_47.addWidget(self.label_46)

        self.decisionPartyFilter = QComboBox(self.decisionsTab)
        self.decisionPartyFilter.setObjectName(u"decisionPartyFilter")

        self.hboxlayout_47.addWidget(self.decisionPartyFilter)

        self.spacer_88 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hboxlayout_47.addItem(self.spacer_88)

        self.decisionAddButton = QPushButton(self.decisionsTab)
        self.decisionAddButton.setObjectName(u"decisionAddButton")

        self.hboxlayout_47.addWidget(self.decisionAddButton)

        self.decisionDeleteButton = QPushButton(self.decisionsTab)
        self.decisionDeleteButton.setObjectName(u"decisionDeleteButton")

        self.hboxlayout_47.addWidget(self.decisionDeleteButton)


        self.vboxlayout_50.addLayout(self.hboxlayout_47)

        self.decisionSplitter = QSplitter(self.decisionsTab)
        self.decisionSplitter.setObjectName(u"decisionSplitter")
        self.decisionSplitter.setOrientation(Qt.Horizontal)
        self.decisionSplitter.setChildrenCollapsible(False)
        self.decisionsTable = QTableView(self.decisionSplitter)
        self.decisionsTable.setObjectName(u"decisionsTable")
        self.decisionSplitter.addWidget(self.decisionsTable)
        self.decisionDetailScroll = QScrollArea(self.decisionSplitter)
        self.decisionDetailScroll.setObjectName(u"decisionDetailScroll")
        self.decisionDetailScroll.setWidgetResizable(True)
        self.decisionDetail = QWidget()
        self.decisionDetail.setObjectName(u"decisionDetail")
        self.vboxlayout_49 = QVBoxLayout(self.decisionDetail)
        self.vboxlayout_49.setObjectName(u"vboxlayout_49")
        self.formlayout_48 = QFormLayout()
        self.formlayout_48.setObjectName(u"formlayout_48")
        self.formlayout_48.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_89 = QLabel(self.decisionDetail)
        self.label_89.setObjectName(u"label_89")

        self.formlayout_48.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_89)

        self.decisionTitle = QLineEdit(self.decisionDetail)
        self.decisionTitle.setObjectName(u"decisionTitle")

        self.formlayout_48.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decisionTitle)

        self.label_90 = QLabel(self.decisionDetail)
        self.label_90.setObjectName(u"label_90")

        self.formlayout_48.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_90)

        self.decisionText = QPlainTextEdit(self.decisionDetail)
        self.decisionText.setObjectName(u"decisionText")
        self.decisionText.setMaximumSize(QSize(16777215, 90))
        self.decisionText.setTabChangesFocus(True)

        self.formlayout_48.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decisionText)

        self.label_91 = QLabel(self.decisionDetail)
        self.label_91.setObjectName(u"label_91")

        self.formlayout_48.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_91)

        self.decisionRule = QComboBox(self.decisionDetail)
        self.decisionRule.setObjectName(u"decisionRule")

        self.formlayout_48.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decisionRule)

        self.label_92 = QLabel(self.decisionDetail)
        self.label_92.setObjectName(u"label_92")

        self.formlayout_48.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_92)

        self.decisionDate = QLineEdit(self.decisionDetail)
        self.decisionDate.setObjectName(u"decisionDate")

        self.formlayout_48.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decisionDate)

        self.label_93 = QLabel(self.decisionDetail)
        self.label_93.setObjectName(u"label_93")

        self.formlayout_48.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_93)

        self.decisionMeeting = QComboBox(self.decisionDetail)
        self.decisionMeeting.setObjectName(u"decisionMeeting")

        self.formlayout_48.setWidget(4, QFormLayout.ItemRole.FieldRole, self.decisionMeeting)

        self.label_94 = QLabel(self.decisionDetail)
        self.label_94.setObjectName(u"label_94")

        self.formlayout_48.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_94)

        self.decisionOutcome = QComboBox(self.decisionDetail)
        self.decisionOutcome.setObjectName(u"decisionOutcome")

        self.formlayout_48.setWidget(5, QFormLayout.ItemRole.FieldRole, self.decisionOutcome)

        self.label_95 = QLabel(self.decisionDetail)
        self.label_95.setObjectName(u"label_95")

        self.formlayout_48.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_95)

        self.ratificationTable = QTableView(self.decisionDetail)
        self.ratificationTable.setObjectName(u"ratificationTable")

        self.formlayout_48.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ratificationTable)


        self.vboxlayout_49.addLayout(self.formlayout_48)

        self.spacer_96 = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.vboxlayout_49.addItem(self.spacer_96)

        self.decisionDetailScroll.setWidget(self.decisionDetail)
        self.decisionSplitter.addWidget(self.decisionDetailScroll)

        self.vboxlayout_50.addWidget(self.decisionSplitter)

        self.tabs.addTab(self.decisionsTab, "")
        self.dilemmasTab = QWidget()
        self.dilemmasTab.setObjectName(u"dilemmasTab")
        self.vboxlayout_56 = QVBoxLayout(self.dilemmasTab)
        self.vboxlayout_56.setObjectName(u"vboxlayout_56")
        self.vboxlayout_56.setContentsMargins(11, 11, 11, 11)
        self.hboxlayout_53 = QHBoxLayout()
        self.hboxlayout_53.setObjectName(u"hboxlayout_53")
        self.hboxlayout_53.setContentsMargins(0, 0, 0, 0)
        self.label_51 = QLabel(self.dilemmasTab)
        self.label_51.setObjectName(u"label_51")

        self.hboxlayout_53.addWidget(self.label_51)

        self.dilemmaStatusFilter = QComboBox(self.dilemmasTab)
        self.dilemmaStatusFilter.setObjectName(u"dilemmaStatusFilter")

        self.hboxlayout_53.addWidget(self.dilemmaStatusFilter)

        self.label_52 = QLabel(self.dilemmasTab)
        self.label_52.setObjectName(u"label_52")

        self.hboxlayout_53.addWidget(self.label_52)

        self.dilemmaPartyFilter = QComboBox(self.dilemmasTab)
        self.dilemmaPartyFilter.setObjectName(u"dilemmaPartyFilter")

        self.hboxlayout_53.addWidget(self.dilemmaPartyFilter)

        self.spacer_97 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hboxlayout_53.addItem(self.spacer_97)

        self.dilemmaAddButton = QPushButton(self.dilemmasTab)
        self.dilemmaAddButton.setObjectName(u"dilemmaAddButton")

        self.hboxlayout_53.addWidget(self.dilemmaAddButton)

        self.dilemmaDeleteButton = QPushButton(self.dilemmasTab)
        self.dilemmaDeleteButton.setObjectName(u"dilemmaDeleteButton")

        self.hboxlayout_53.addWidget(self.dilemmaDeleteButton)


        self.vboxlayout_56.addLayout(self.hboxlayout_53)

        self.dilemmaSplitter = QSplitter(self.dilemmasTab)
        self.dilemmaSplitter.setObjectName(u"dilemmaSplitter")
        self.dilemmaSplitter.setOrientation(Qt.Horizontal)
        self.dilemmaSplitter.setChildrenCollapsible(False)
        self.dilemmasTable = QTableView(self.dilemmaSplitter)
        self.dilemmasTable.setObjectName(u"dilemmasTable")
        self.dilemmaSplitter.addWidget(self.dilemmasTable)
        self.dilemmaDetailScroll = QScrollArea(self.dilemmaSplitter)
        self.dilemmaDetailScroll.setObjectName(u"dilemmaDetailScroll")
        self.dilemmaDetailScroll.setWidgetResizable(True)
        self.dilemmaDetail = QWidget()
        self.dilemmaDetail.setObjectName(u"dilemmaDetail")
        self.vboxlayout_55 = QVBoxLayout(self.dilemmaDetail)
        self.vboxlayout_55.setObjectName(u"vboxlayout_55")
        self.formlayout_54 = QFormLayout()
        self.formlayout_54.setObjectName(u"formlayout_54")
        self.formlayout_54.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_98 = QLabel(self.dilemmaDetail)
        self.label_98.setObjectName(u"label_98")

        self.formlayout_54.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_98)

        self.dilemmaParty = QComboBox(self.dilemmaDetail)
        self.dilemmaParty.setObjectName(u"dilemmaParty")

        self.formlayout_54.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dilemmaParty)

        self.label_99 = QLabel(self.dilemmaDetail)
        self.label_99.setObjectName(u"label_99")

        self.formlayout_54.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_99)

        self.dilemmaTitle = QLineEdit(self.dilemmaDetail)
        self.dilemmaTitle.setObjectName(u"dilemmaTitle")

        self.formlayout_54.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dilemmaTitle)

        self.label_100 = QLabel(self.dilemmaDetail)
        self.label_100.setObjectName(u"label_100")

        self.formlayout_54.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_100)

        self.dilemmaOwn = QPlainTextEdit(self.dilemmaDetail)
        self.dilemmaOwn.setObjectName(u"dilemmaOwn")
        self.dilemmaOwn.setMaximumSize(QSize(16777215, 72))
        self.dilemmaOwn.setTabChangesFocus(True)

        self.formlayout_54.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dilemmaOwn)

        self.label_101 = QLabel(self.dilemmaDetail)
        self.label_101.setObjectName(u"label_101")

        self.formlayout_54.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_101)

        self.dilemmaCollective = QPlainTextEdit(self.dilemmaDetail)
        self.dilemmaCollective.setObjectName(u"dilemmaCollective")
        self.dilemmaCollective.setMaximumSize(QSize(16777215, 72))
        self.dilemmaCollective.setTabChangesFocus(True)

        self.formlayout_54.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dilemmaCollective)

        self.label_102 = QLabel(self.dilemmaDetail)
        self.label_102.setObjectName(u"label_102")

        self.formlayout_54.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_102)

        self.dilemmaStrategy = QComboBox(self.dilemmaDetail)
        self.dilemmaStrategy.setObjectName(u"dilemmaStrategy")

        self.formlayout_54.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dilemmaStrategy)

        self.label_103 = QLabel(self.dilemmaDetail)
        self.label_103.setObjectName(u"label_103")

        self.formlayout_54.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_103)

        self.dilemmaStatus = QComboBox(self.dilemmaDetail)
        self.dilemmaStatus.setObjectName(u"dilemmaStatus")

        self.formlayout_54.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dilemmaStatus)

        self.label_104 = QLabel(self.dilemmaDetail)
        self.label_104.setObjectName(u"label_104")

        self.formlayout_54.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_104)

        self.dilemmaResolution = QPlainTextEdit(self.dilemmaDetail)
        self.dilemmaResolution.setObjectName(u"dilemmaResolution")
        self.dilemmaResolution.setMaximumSize(QSize(16777215, 72))
        self.dilemmaResolution.setTabChangesFocus(True)

        self.formlayout_54.setWidget(6, QFormLayout.ItemRole.FieldRole, self.dilemmaResolution)


        self.vboxlayout_55.addLayout(self.formlayout_54)

        self.spacer_105 = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.vboxlayout_55.addItem(self.spacer_105)

        self.dilemmaDetailScroll.setWidget(self.dilemmaDetail)
        self.dilemmaSplitter.addWidget(self.dilemmaDetailScroll)

        self.vboxlayout_56.addWidget(self.dilemmaSplitter)

        self.tabs.addTab(self.dilemmasTab, "")
        self.structureTab = QWidget()
        self.structureTab.setObjectName(u"structureTab")
        self.vboxlayout_64 = QVBoxLayout(self.structureTab)
        self.vboxlayout_64.setObjectName(u"vboxlayout_64")
        self.vboxlayout_64.setContentsMargins(11, 11, 11, 11)
        self.hboxlayout_58 = QHBoxLayout()
        self.hboxlayout_58.setObjectName(u"hboxlayout_58")
        self.hboxlayout_58.setContentsMargins(0, 0, 0, 0)
        self.label_57 = QLabel(self.structureTab)
        self.label_57.setObjectName(u"label_57")

        self.hboxlayout_58.addWidget(self.label_57)

        self.defaultRuleCombo = QComboBox(self.structureTab)
        self.defaultRuleCombo.setObjectName(u"defaultRuleCombo")

        self.hboxlayout_58.addWidget(self.defaultRuleCombo)

        self.spacer_106 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hboxlayout_58.addItem(self.spacer_106)


        self.vboxlayout_64.addLayout(self.hboxlayout_58)

        self.hboxlayout_61 = QHBoxLayout()
        self.hboxlayout_61.setObjectName(u"hboxlayout_61")
        self.hboxlayout_61.setContentsMargins(0, 0, 0, 0)
        self.label_59 = QLabel(self.structureTab)
        self.label_59.setObjectName(u"label_59")

        self.hboxlayout_61.addWidget(self.label_59)

        self.groupStatusFilter = QComboBox(self.structureTab)
        self.groupStatusFilter.setObjectName(u"groupStatusFilter")

        self.hboxlayout_61.addWidget(self.groupStatusFilter)

        self.label_60 = QLabel(self.structureTab)
        self.label_60.setObjectName(u"label_60")

        self.hboxlayout_61.addWidget(self.label_60)

        self.groupPartyFilter = QComboBox(self.structureTab)
        self.groupPartyFilter.setObjectName(u"groupPartyFilter")

        self.hboxlayout_61.addWidget(self.groupPartyFilter)

        self.spacer_107 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hboxlayout_61.addItem(self.spacer_107)

        self.groupAddButton = QPushButton(self.structureTab)
        self.groupAddButton.setObjectName(u"groupAddButton")

        self.hboxlayout_61.addWidget(self.groupAddButton)

        self.groupDeleteButton = QPushButton(self.structureTab)
        self.groupDeleteButton.setObjectName(u"groupDeleteButton")

        self.hboxlayout_61.addWidget(self.groupDeleteButton)


        self.vboxlayout_64.addLayout(self.hboxlayout_61)

        self.groupSplitter = QSplitter(self.structureTab)
        self.groupSplitter.setObjectName(u"groupSplitter")
        self.groupSplitter.setOrientation(Qt.Horizontal)
        self.groupSplitter.setChildrenCollapsible(False)
        self.groupsTable = QTableView(self.groupSplitter)
        self.groupsTable.setObjectName(u"groupsTable")
        self.groupSplitter.addWidget(self.groupsTable)
        self.groupDetailScroll = QScrollArea(self.groupSplitter)
        self.groupDetailScroll.setObjectName(u"groupDetailScroll")
        self.groupDetailScroll.setWidgetResizable(True)
        self.groupDetail = QWidget()
        self.groupDetail.setObjectName(u"groupDetail")
        self.vboxlayout_63 = QVBoxLayout(self.groupDetail)
        self.vboxlayout_63.setObjectName(u"vboxlayout_63")
        self.formlayout_62 = QFormLayout()
        self.formlayout_62.setObjectName(u"formlayout_62")
        self.formlayout_62.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_108 = QLabel(self.groupDetail)
        self.label_108.setObjectName(u"label_108")

        self.formlayout_62.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_108)

        self.groupName = QLineEdit(self.groupDetail)
        self.groupName.setObjectName(u"groupName")

        self.formlayout_62.setWidget(0, QFormLayout.ItemRole.FieldRole, self.groupName)

        self.label_109 = QLabel(self.groupDetail)
        self.label_109.setObjectName(u"label_109")

        self.formlayout_62.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_109)

        self.groupForm = QComboBox(self.groupDetail)
        self.groupForm.setObjectName(u"groupForm")

        self.formlayout_62.setWidget(1, QFormLayout.ItemRole.FieldRole, self.groupForm)

        self.label_110 = QLabel(self.groupDetail)
        self.label_110.setObjectName(u"label_110")

        self.formlayout_62.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_110)

        self.groupLead = QComboBox(self.groupDetail)
        self.groupLead.setObjectName(u"groupLead")

        self.formlayout_62.setWidget(2, QFormLayout.ItemRole.FieldRole, self.groupLead)

        self.label_111 = QLabel(self.groupDetail)
        self.label_111.setObjectName(u"label_111")

        self.formlayout_62.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_111)

        self.groupCadence = QLineEdit(self.groupDetail)
        self.groupCadence.setObjectName(u"groupCadence")

        self.formlayout_62.setWidget(3, QFormLayout.ItemRole.FieldRole, self.groupCadence)

        self.label_112 = QLabel(self.groupDetail)
        self.label_112.setObjectName(u"label_112")

        self.formlayout_62.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_112)

        self.groupRule = QComboBox(self.groupDetail)
        self.groupRule.setObjectName(u"groupRule")

        self.formlayout_62.setWidget(4, QFormLayout.ItemRole.FieldRole, self.groupRule)


        self.vboxlayout_63.addLayout(self.formlayout_62)

        self.spacer_113 = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.vboxlayout_63.addItem(self.spacer_113)

        self.groupDetailScroll.setWidget(self.groupDetail)
        self.groupSplitter.addWidget(self.groupDetailScroll)

        self.vboxlayout_64.addWidget(self.groupSplitter)

        self.tabs.addTab(self.structureTab, "")
        self.meetingsTab = QWidget()
        self.meetingsTab.setObjectName(u"meetingsTab")
        self.vboxlayout_75 = QVBoxLayout(self.meetingsTab)
        self.vboxlayout_75.setObjectName(u"vboxlayout_75")
        self.vboxlayout_75.setContentsMargins(11, 11, 11, 11)
        self.hboxlayout_66 = QHBoxLayout()
        self.hboxlayout_66.setObjectName(u"hboxlayout_66")
        self.hboxlayout_66.setContentsMargins(0, 0, 0, 0)
        self.label_65 = QLabel(self.meetingsTab)
        self.label_65.setObjectName(u"label_65")

        self.hboxlayout_66.addWidget(self.label_65)

        self.meetingPartyFilter = QComboBox(self.meetingsTab)
        self.meetingPartyFilter.setObjectName(u"meetingPartyFilter")

        self.hboxlayout_66.addWidget(self.meetingPartyFilter)

        self.spacer_114 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hboxlayout_66.addItem(self.spacer_114)

        self.meetingAddButton = QPushButton(self.meetingsTab)
        self.meetingAddButton.setObjectName(u"meetingAddButton")

        self.hboxlayout_66.addWidget(self.meetingAddButton)

        self.meetingDeleteButton = QPushButton(self.meetingsTab)
        self.meetingDeleteButton.setObjectName(u"meetingDeleteButton")

        self.hboxlayout_66.addWidget(self.meetingDeleteButton)


        self.vboxlayout_75.addLayout(self.hboxlayout_66)

        self.meetingSplitter = QSplitter(self.meetingsTab)
        self.meetingSplitter.setObjectName(u"meetingSplitter")
        self.meetingSplitter.setOrientation(Qt.Horizontal)
        self.meetingSplitter.setChildrenCollapsible(False)
        self.meetingsTable = QTableView(self.meetingSplitter)
        self.meetingsTable.setObjectName(u"meetingsTable")
        self.meetingSplitter.addWidget(self.meetingsTable)
        self.meetingDetailScroll = QScrollArea(self.meetingSplitter)
        self.meetingDetailScroll.setObjectName(u"meetingDetailScroll")
        self.meetingDetailScroll.setWidgetResizable(True)
        self.meetingDetail = QWidget()
        self.meetingDetail.setObjectName(u"meetingDetail")
        self.vboxlayout_74 = QVBoxLayout(self.meetingDetail)
        self.vboxlayout_74.setObjectName(u"vboxlayout_74")
        self.formlayout_67 = QFormLayout()
        self.formlayout_67.setObjectName(u"formlayout_67")
        self.formlayout_67.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_115 = QLabel(self.meetingDetail)
        self.label_115.setObjectName(u"label_115")

        self.formlayout_67.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_115)

        self.meetingDate = QLineEdit(self.meetingDetail)
        self.meetingDate.setObjectName(u"meetingDate")

        self.formlayout_67.setWidget(0, QFormLayout.ItemRole.FieldRole, self.meetingDate)

        self.label_116 = QLabel(self.meetingDetail)
        self.label_116.setObjectName(u"label_116")

        self.formlayout_67.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_116)

        self.meetingTitle = QLineEdit(self.meetingDetail)
        self.meetingTitle.setObjectName(u"meetingTitle")

        self.formlayout_67.setWidget(1, QFormLayout.ItemRole.FieldRole, self.meetingTitle)

        self.label_117 = QLabel(self.meetingDetail)
        self.label_117.setObjectName(u"label_117")

        self.formlayout_67.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_117)

        self.meetingLocation = QLineEdit(self.meetingDetail)
        self.meetingLocation.setObjectName(u"meetingLocation")

        self.formlayout_67.setWidget(2, QFormLayout.ItemRole.FieldRole, self.meetingLocation)

        self.label_118 = QLabel(self.meetingDetail)
        self.label_118.setObjectName(u"label_118")

        self.formlayout_67.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_118)

        self.meetingAttendees = QListWidget(self.meetingDetail)
        self.meetingAttendees.setObjectName(u"meetingAttendees")
        self.meetingAttendees.setMaximumSize(QSize(16777215, 120))

        self.formlayout_67.setWidget(3, QFormLayout.ItemRole.FieldRole, self.meetingAttendees)

        self.label_119 = QLabel(self.meetingDetail)
        self.label_119.setObjectName(u"label_119")

        self.formlayout_67.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_119)

        self.meetingNotes = QPlainTextEdit(self.meetingDetail)
        self.meetingNotes.setObjectName(u"meetingNotes")
        self.meetingNotes.setMaximumSize(QSize(16777215, 110))
        self.meetingNotes.setTabChangesFocus(True)

        self.formlayout_67.setWidget(4, QFormLayout.ItemRole.FieldRole, self.meetingNotes)

        self.label_120 = QLabel(self.meetingDetail)
        self.label_120.setObjectName(u"label_120")

        self.formlayout_67.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_120)

        self.meetingOutcomesLabel = QLabel(self.meetingDetail)
        self.meetingOutcomesLabel.setObjectName(u"meetingOutcomesLabel")
        self.meetingOutcomesLabel.setWordWrap(True)
        self.meetingOutcomesLabel.setTextFormat(Qt.PlainText)

        self.formlayout_67.setWidget(5, QFormLayout.ItemRole.FieldRole, self.meetingOutcomesLabel)


        self.vboxlayout_74.addLayout(self.formlayout_67)

        self.agendaBox = QGroupBox(self.meetingDetail)
        self.agendaBox.setObjectName(u"agendaBox")
        self.vboxlayout_69 = QVBoxLayout(self.agendaBox)
        self.vboxlayout_69.setObjectName(u"vboxlayout_69")
        self.agendaTable = QTableView(self.agendaBox)
        self.agendaTable.setObjectName(u"agendaTable")
        self.agendaTable.setMinimumSize(QSize(0, 110))

        self.vboxlayout_69.addWidget(self.agendaTable)

        self.hboxlayout_68 = QHBoxLayout()
        self.hboxlayout_68.setObjectName(u"hboxlayout_68")
        self.hboxlayout_68.setContentsMargins(0, 0, 0, 0)
        self.agendaAddButton = QPushButton(self.agendaBox)
        self.agendaAddButton.setObjectName(u"agendaAddButton")

        self.hboxlayout_68.addWidget(self.agendaAddButton)

        self.agendaRemoveButton = QPushButton(self.agendaBox)
        self.agendaRemoveButton.setObjectName(u"agendaRemoveButton")

        self.hboxlayout_68.addWidget(self.agendaRemoveButton)

        self.spacer_121 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hboxlayout_68.addItem(self.spacer_121)

        self.agendaTotalLabel = QLabel(self.agendaBox)
        self.agendaTotalLabel.setObjectName(u"agendaTotalLabel")

        self.hboxlayout_68.addWidget(self.agendaTotalLabel)


        self.vboxlayout_69.addLayout(self.hboxlayout_68)


        self.vboxlayout_74.addWidget(self.agendaBox)

        self.actionBox = QGroupBox(self.meetingDetail)
        self.actionBox.setObjectName(u"actionBox")
        self.vboxlayout_71 = QVBoxLayout(self.actionBox)
        self.vboxlayout_71.setObjectName(u"vboxlayout_71")
        self.actionTable = QTableView(self.actionBox)
        self.actionTable.setObjectName(u"actionTable")
        self.actionTable.setMinimumSize(QSize(0, 110))

        self.vboxlayout_71.addWidget(self.actionTable)

        self.hboxlayout_70 = QHBoxLayout()
        self.hboxlayout_70.setObjectName(u"hboxlayout_70")
        self.hboxlayout_70.setContentsMargins(0, 0, 0, 0)
        self.actionAddButton = QPushButton(self.actionBox)
        self.actionAddButton.setObjectName(u"actionAddButton")

        self.hboxlayout_70.addWidget(self.actionAddButton)

        self.actionRemoveButton = QPushButton(self.actionBox)
        self.actionRemoveButton.setObjectName(u"actionRemoveButton")

        self.hboxlayout_70.addWidget(self.actionRemoveButton)

        self.spacer_122 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hboxlayout_70.addItem(self.spacer_122)


        self.vboxlayout_71.addLayout(self.hboxlayout_70)


        self.vboxlayout_74.addWidget(self.actionBox)

        self.parkingBox = QGroupBox(self.meetingDetail)
        self.parkingBox.setObjectName(u"parkingBox")
        self.vboxlayout_73 = QVBoxLayout(self.parkingBox)
        self.vboxlayout_73.setObjectName(u"vboxlayout_73")
        self.parkingTable = QTableView(self.parkingBox)
        self.parkingTable.setObjectName(u"parkingTable")
        self.parkingTable.setMinimumSize(QSize(0, 110))

        self.vboxlayout_73.addWidget(self.parkingTable)

        self.hboxlayout_72 = QHBoxLayout()
        self.hboxlayout_72.setObjectName(u"hboxlayout_72")
        self.hboxlayout_72.setContentsMargins(0, 0, 0, 0)
        self.parkingAddButton = QPushButton(self.parkingBox)
        self.parkingAddButton.setObjectName(u"parkingAddButton")

        self.hboxlayout_72.addWidget(self.parkingAddButton)

        self.parkingRemoveButton = QPushButton(self.parkingBox)
        self.parkingRemoveButton.setObjectName(u"parkingRemoveButton")

        self.hboxlayout_72.addWidget(self.parkingRemoveButton)

        self.spacer_123 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hboxlayout_72.addItem(self.spacer_123)


        self.vboxlayout_73.addLayout(self.hboxlayout_72)


        self.vboxlayout_74.addWidget(self.parkingBox)

        self.meetingDetailScroll.setWidget(self.meetingDetail)
        self.meetingSplitter.addWidget(self.meetingDetailScroll)

        self.vboxlayout_75.addWidget(self.meetingSplitter)

        self.tabs.addTab(self.meetingsTab, "")

        self.vboxlayout_76.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.label_37.setBuddy(self.agreementStatusFilter)
        self.label_38.setBuddy(self.agreementPartyFilter)
        self.label_79.setBuddy(self.agreementText)
        self.label_80.setBuddy(self.agreementCategory)
        self.label_81.setBuddy(self.agreementOwner)
        self.label_82.setBuddy(self.agreementStatus)
        self.label_83.setBuddy(self.agreementReviewDate)
        self.label_84.setBuddy(self.agreementMeeting)
        self.label_85.setBuddy(self.agreementWorkItem)
        self.label_86.setBuddy(self.agreementParties)
        self.label_45.setBuddy(self.decisionStatusFilter)
        self.label_46.setBuddy(self.decisionPartyFilter)
        self.label_89.setBuddy(self.decisionTitle)
        self.label_90.setBuddy(self.decisionText)
        self.label_91.setBuddy(self.decisionRule)
        self.label_92.setBuddy(self.decisionDate)
        self.label_93.setBuddy(self.decisionMeeting)
        self.label_94.setBuddy(self.decisionOutcome)
        self.label_95.setBuddy(self.ratificationTable)
        self.label_51.setBuddy(self.dilemmaStatusFilter)
        self.label_52.setBuddy(self.dilemmaPartyFilter)
        self.label_98.setBuddy(self.dilemmaParty)
        self.label_99.setBuddy(self.dilemmaTitle)
        self.label_100.setBuddy(self.dilemmaOwn)
        self.label_101.setBuddy(self.dilemmaCollective)
        self.label_102.setBuddy(self.dilemmaStrategy)
        self.label_103.setBuddy(self.dilemmaStatus)
        self.label_104.setBuddy(self.dilemmaResolution)
        self.label_57.setBuddy(self.defaultRuleCombo)
        self.label_59.setBuddy(self.groupStatusFilter)
        self.label_60.setBuddy(self.groupPartyFilter)
        self.label_108.setBuddy(self.groupName)
        self.label_109.setBuddy(self.groupForm)
        self.label_110.setBuddy(self.groupLead)
        self.label_111.setBuddy(self.groupCadence)
        self.label_112.setBuddy(self.groupRule)
        self.label_65.setBuddy(self.meetingPartyFilter)
        self.label_115.setBuddy(self.meetingDate)
        self.label_116.setBuddy(self.meetingTitle)
        self.label_117.setBuddy(self.meetingLocation)
        self.label_118.setBuddy(self.meetingAttendees)
        self.label_119.setBuddy(self.meetingNotes)
        self.label_120.setBuddy(self.meetingOutcomesLabel)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AgreementsPanelForm)

        QMetaObject.connectSlotsByName(AgreementsPanelForm)
    # setupUi

    def retranslateUi(self, AgreementsPanelForm):
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Afspraken, besluiten, dilemma's, werkstructuur en overleggen", None))
#endif // QT_CONFIG(accessibility)
        self.label_37.setText(QCoreApplication.translate("AgreementsPanelForm", u"Status:", None))
#if QT_CONFIG(accessibility)
        self.agreementStatusFilter.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Filter op status", None))
#endif // QT_CONFIG(accessibility)
        self.label_38.setText(QCoreApplication.translate("AgreementsPanelForm", u"Partij:", None))
#if QT_CONFIG(accessibility)
        self.agreementPartyFilter.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Filter op partij", None))
#endif // QT_CONFIG(accessibility)
        self.agreementAddButton.setText(QCoreApplication.translate("AgreementsPanelForm", u"Nieuwe afspraak", None))
#if QT_CONFIG(accessibility)
        self.agreementAddButton.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Nieuwe afspraak", None))
#endif // QT_CONFIG(accessibility)
        self.agreementDeleteButton.setText(QCoreApplication.translate("AgreementsPanelForm", u"Verwijderen", None))
#if QT_CONFIG(accessibility)
        self.agreementDeleteButton.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Afspraak verwijderen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.agreementsTable.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Werkafspraken", None))
#endif // QT_CONFIG(accessibility)
        self.label_40.setText(QCoreApplication.translate("AgreementsPanelForm", u"Status in \u00e9\u00e9n klik:", None))
        self.agreedButton.setText(QCoreApplication.translate("AgreementsPanelForm", u"Afgesproken", None))
#if QT_CONFIG(accessibility)
        self.agreedButton.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Status: afgesproken", None))
#endif // QT_CONFIG(accessibility)
        self.doneButton.setText(QCoreApplication.translate("AgreementsPanelForm", u"Uitgevoerd", None))
#if QT_CONFIG(accessibility)
        self.doneButton.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Status: uitgevoerd", None))
#endif // QT_CONFIG(accessibility)
        self.droppedButton.setText(QCoreApplication.translate("AgreementsPanelForm", u"Vervallen", None))
#if QT_CONFIG(accessibility)
        self.droppedButton.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Status: vervallen", None))
#endif // QT_CONFIG(accessibility)
        self.label_79.setText(QCoreApplication.translate("AgreementsPanelForm", u"Afspraak", None))
#if QT_CONFIG(accessibility)
        self.agreementText.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Afspraak", None))
#endif // QT_CONFIG(accessibility)
        self.label_80.setText(QCoreApplication.translate("AgreementsPanelForm", u"Categorie", None))
#if QT_CONFIG(accessibility)
        self.agreementCategory.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Categorie", None))
#endif // QT_CONFIG(accessibility)
        self.label_81.setText(QCoreApplication.translate("AgreementsPanelForm", u"Eigenaar", None))
#if QT_CONFIG(accessibility)
        self.agreementOwner.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Eigenaar", None))
#endif // QT_CONFIG(accessibility)
        self.label_82.setText(QCoreApplication.translate("AgreementsPanelForm", u"Status", None))
#if QT_CONFIG(accessibility)
        self.agreementStatus.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.label_83.setText(QCoreApplication.translate("AgreementsPanelForm", u"Evaluatiedatum", None))
        self.agreementReviewDate.setPlaceholderText(QCoreApplication.translate("AgreementsPanelForm", u"jjjj-mm-dd", None))
#if QT_CONFIG(accessibility)
        self.agreementReviewDate.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Evaluatiedatum", None))
#endif // QT_CONFIG(accessibility)
        self.label_84.setText(QCoreApplication.translate("AgreementsPanelForm", u"Afgesproken in overleg", None))
#if QT_CONFIG(accessibility)
        self.agreementMeeting.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Afgesproken in overleg", None))
#endif // QT_CONFIG(accessibility)
        self.label_85.setText(QCoreApplication.translate("AgreementsPanelForm", u"Onderdeel", None))
#if QT_CONFIG(accessibility)
        self.agreementWorkItem.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Onderdeel", None))
#endif // QT_CONFIG(accessibility)
        self.label_86.setText(QCoreApplication.translate("AgreementsPanelForm", u"Betrokken partijen", None))
#if QT_CONFIG(accessibility)
        self.agreementParties.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Betrokken partijen", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.agreementsTab), QCoreApplication.translate("AgreementsPanelForm", u"Werkafspraken", None))
        self.label_45.setText(QCoreApplication.translate("AgreementsPanelForm", u"Uitkomst:", None))
#if QT_CONFIG(accessibility)
        self.decisionStatusFilter.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Filter op uitkomst", None))
#endif // QT_CONFIG(accessibility)
        self.label_46.setText(QCoreApplication.translate("AgreementsPanelForm", u"Partij:", None))
#if QT_CONFIG(accessibility)
        self.decisionPartyFilter.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Filter op partij", None))
#endif // QT_CONFIG(accessibility)
        self.decisionAddButton.setText(QCoreApplication.translate("AgreementsPanelForm", u"Nieuw besluit", None))
#if QT_CONFIG(accessibility)
        self.decisionAddButton.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Nieuw besluit", None))
#endif // QT_CONFIG(accessibility)
        self.decisionDeleteButton.setText(QCoreApplication.translate("AgreementsPanelForm", u"Verwijderen", None))
#if QT_CONFIG(accessibility)
        self.decisionDeleteButton.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Besluit verwijderen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.decisionsTable.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Besluiten", None))
#endif // QT_CONFIG(accessibility)
        self.label_89.setText(QCoreApplication.translate("AgreementsPanelForm", u"Besluit", None))
#if QT_CONFIG(accessibility)
        self.decisionTitle.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Besluit", None))
#endif // QT_CONFIG(accessibility)
        self.label_90.setText(QCoreApplication.translate("AgreementsPanelForm", u"Toelichting", None))
#if QT_CONFIG(accessibility)
        self.decisionText.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Toelichting", None))
#endif // QT_CONFIG(accessibility)
        self.label_91.setText(QCoreApplication.translate("AgreementsPanelForm", u"Besluitvormingsregel", None))
#if QT_CONFIG(accessibility)
        self.decisionRule.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Besluitvormingsregel", None))
#endif // QT_CONFIG(accessibility)
        self.label_92.setText(QCoreApplication.translate("AgreementsPanelForm", u"Datum", None))
        self.decisionDate.setPlaceholderText(QCoreApplication.translate("AgreementsPanelForm", u"jjjj-mm-dd", None))
#if QT_CONFIG(accessibility)
        self.decisionDate.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Datum", None))
#endif // QT_CONFIG(accessibility)
        self.label_93.setText(QCoreApplication.translate("AgreementsPanelForm", u"Overleg", None))
#if QT_CONFIG(accessibility)
        self.decisionMeeting.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Overleg", None))
#endif // QT_CONFIG(accessibility)
        self.label_94.setText(QCoreApplication.translate("AgreementsPanelForm", u"Uitkomst", None))
#if QT_CONFIG(accessibility)
        self.decisionOutcome.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Uitkomst", None))
#endif // QT_CONFIG(accessibility)
        self.label_95.setText(QCoreApplication.translate("AgreementsPanelForm", u"Bekrachtiging per partij", None))
#if QT_CONFIG(accessibility)
        self.ratificationTable.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Bekrachtiging per partij", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.decisionsTab), QCoreApplication.translate("AgreementsPanelForm", u"Besluiten", None))
        self.label_51.setText(QCoreApplication.translate("AgreementsPanelForm", u"Status:", None))
#if QT_CONFIG(accessibility)
        self.dilemmaStatusFilter.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Filter op status", None))
#endif // QT_CONFIG(accessibility)
        self.label_52.setText(QCoreApplication.translate("AgreementsPanelForm", u"Partij:", None))
#if QT_CONFIG(accessibility)
        self.dilemmaPartyFilter.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Filter op partij", None))
#endif // QT_CONFIG(accessibility)
        self.dilemmaAddButton.setText(QCoreApplication.translate("AgreementsPanelForm", u"Nieuw dilemma", None))
#if QT_CONFIG(accessibility)
        self.dilemmaAddButton.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Nieuw dilemma", None))
#endif // QT_CONFIG(accessibility)
        self.dilemmaDeleteButton.setText(QCoreApplication.translate("AgreementsPanelForm", u"Verwijderen", None))
#if QT_CONFIG(accessibility)
        self.dilemmaDeleteButton.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Dilemma verwijderen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dilemmasTable.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Dilemma's", None))
#endif // QT_CONFIG(accessibility)
        self.label_98.setText(QCoreApplication.translate("AgreementsPanelForm", u"Partij", None))
#if QT_CONFIG(accessibility)
        self.dilemmaParty.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Partij", None))
#endif // QT_CONFIG(accessibility)
        self.label_99.setText(QCoreApplication.translate("AgreementsPanelForm", u"Dilemma", None))
#if QT_CONFIG(accessibility)
        self.dilemmaTitle.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Dilemma", None))
#endif // QT_CONFIG(accessibility)
        self.label_100.setText(QCoreApplication.translate("AgreementsPanelForm", u"Eigen belang", None))
#if QT_CONFIG(accessibility)
        self.dilemmaOwn.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Eigen belang", None))
#endif // QT_CONFIG(accessibility)
        self.label_101.setText(QCoreApplication.translate("AgreementsPanelForm", u"Collectief belang", None))
#if QT_CONFIG(accessibility)
        self.dilemmaCollective.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Collectief belang", None))
#endif // QT_CONFIG(accessibility)
        self.label_102.setText(QCoreApplication.translate("AgreementsPanelForm", u"Strategie", None))
#if QT_CONFIG(accessibility)
        self.dilemmaStrategy.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Strategie", None))
#endif // QT_CONFIG(accessibility)
        self.label_103.setText(QCoreApplication.translate("AgreementsPanelForm", u"Status", None))
#if QT_CONFIG(accessibility)
        self.dilemmaStatus.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.label_104.setText(QCoreApplication.translate("AgreementsPanelForm", u"Uitkomst", None))
#if QT_CONFIG(accessibility)
        self.dilemmaResolution.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Uitkomst", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.dilemmasTab), QCoreApplication.translate("AgreementsPanelForm", u"Dilemma's", None))
        self.label_57.setText(QCoreApplication.translate("AgreementsPanelForm", u"Standaard besluitvormingsregel:", None))
#if QT_CONFIG(accessibility)
        self.defaultRuleCombo.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Standaard besluitvormingsregel", None))
#endif // QT_CONFIG(accessibility)
        self.label_59.setText(QCoreApplication.translate("AgreementsPanelForm", u"Vorm:", None))
#if QT_CONFIG(accessibility)
        self.groupStatusFilter.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Filter op vorm", None))
#endif // QT_CONFIG(accessibility)
        self.label_60.setText(QCoreApplication.translate("AgreementsPanelForm", u"Partij:", None))
#if QT_CONFIG(accessibility)
        self.groupPartyFilter.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Filter op partij", None))
#endif // QT_CONFIG(accessibility)
        self.groupAddButton.setText(QCoreApplication.translate("AgreementsPanelForm", u"Nieuwe werkgroep", None))
#if QT_CONFIG(accessibility)
        self.groupAddButton.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Nieuwe werkgroep", None))
#endif // QT_CONFIG(accessibility)
        self.groupDeleteButton.setText(QCoreApplication.translate("AgreementsPanelForm", u"Verwijderen", None))
#if QT_CONFIG(accessibility)
        self.groupDeleteButton.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Werkgroep verwijderen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.groupsTable.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Werkgroepen", None))
#endif // QT_CONFIG(accessibility)
        self.label_108.setText(QCoreApplication.translate("AgreementsPanelForm", u"Naam", None))
#if QT_CONFIG(accessibility)
        self.groupName.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Naam van de werkgroep", None))
#endif // QT_CONFIG(accessibility)
        self.label_109.setText(QCoreApplication.translate("AgreementsPanelForm", u"Vorm", None))
#if QT_CONFIG(accessibility)
        self.groupForm.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Vorm", None))
#endif // QT_CONFIG(accessibility)
        self.label_110.setText(QCoreApplication.translate("AgreementsPanelForm", u"Trekker", None))
#if QT_CONFIG(accessibility)
        self.groupLead.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Trekker", None))
#endif // QT_CONFIG(accessibility)
        self.label_111.setText(QCoreApplication.translate("AgreementsPanelForm", u"Ritme", None))
        self.groupCadence.setPlaceholderText(QCoreApplication.translate("AgreementsPanelForm", u"bijv. elke twee weken", None))
#if QT_CONFIG(accessibility)
        self.groupCadence.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Ritme", None))
#endif // QT_CONFIG(accessibility)
        self.label_112.setText(QCoreApplication.translate("AgreementsPanelForm", u"Besluitvormingsregel", None))
#if QT_CONFIG(accessibility)
        self.groupRule.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Besluitvormingsregel", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.structureTab), QCoreApplication.translate("AgreementsPanelForm", u"Werkstructuur", None))
        self.label_65.setText(QCoreApplication.translate("AgreementsPanelForm", u"Partij:", None))
#if QT_CONFIG(accessibility)
        self.meetingPartyFilter.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Filter op partij", None))
#endif // QT_CONFIG(accessibility)
        self.meetingAddButton.setText(QCoreApplication.translate("AgreementsPanelForm", u"Nieuw overleg", None))
#if QT_CONFIG(accessibility)
        self.meetingAddButton.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Nieuw overleg", None))
#endif // QT_CONFIG(accessibility)
        self.meetingDeleteButton.setText(QCoreApplication.translate("AgreementsPanelForm", u"Verwijderen", None))
#if QT_CONFIG(accessibility)
        self.meetingDeleteButton.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Overleg verwijderen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.meetingsTable.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Overleggen", None))
#endif // QT_CONFIG(accessibility)
        self.label_115.setText(QCoreApplication.translate("AgreementsPanelForm", u"Datum", None))
        self.meetingDate.setPlaceholderText(QCoreApplication.translate("AgreementsPanelForm", u"jjjj-mm-dd", None))
#if QT_CONFIG(accessibility)
        self.meetingDate.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Datum", None))
#endif // QT_CONFIG(accessibility)
        self.label_116.setText(QCoreApplication.translate("AgreementsPanelForm", u"Titel", None))
#if QT_CONFIG(accessibility)
        self.meetingTitle.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Titel", None))
#endif // QT_CONFIG(accessibility)
        self.label_117.setText(QCoreApplication.translate("AgreementsPanelForm", u"Locatie", None))
#if QT_CONFIG(accessibility)
        self.meetingLocation.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Locatie", None))
#endif // QT_CONFIG(accessibility)
        self.label_118.setText(QCoreApplication.translate("AgreementsPanelForm", u"Aanwezig", None))
#if QT_CONFIG(accessibility)
        self.meetingAttendees.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Aanwezige partijen", None))
#endif // QT_CONFIG(accessibility)
        self.label_119.setText(QCoreApplication.translate("AgreementsPanelForm", u"Verslag", None))
#if QT_CONFIG(accessibility)
        self.meetingNotes.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Verslag", None))
#endif // QT_CONFIG(accessibility)
        self.label_120.setText(QCoreApplication.translate("AgreementsPanelForm", u"Uitkomsten", None))
#if QT_CONFIG(accessibility)
        self.meetingOutcomesLabel.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Afspraken en besluiten uit dit overleg", None))
#endif // QT_CONFIG(accessibility)
        self.agendaBox.setTitle(QCoreApplication.translate("AgreementsPanelForm", u"Agenda", None))
#if QT_CONFIG(accessibility)
        self.agendaBox.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Agenda", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.agendaTable.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Agenda", None))
#endif // QT_CONFIG(accessibility)
        self.agendaAddButton.setText(QCoreApplication.translate("AgreementsPanelForm", u"Agendapunt toevoegen", None))
#if QT_CONFIG(accessibility)
        self.agendaAddButton.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Agendapunt toevoegen", None))
#endif // QT_CONFIG(accessibility)
        self.agendaRemoveButton.setText(QCoreApplication.translate("AgreementsPanelForm", u"Agendapunt verwijderen", None))
#if QT_CONFIG(accessibility)
        self.agendaRemoveButton.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Agendapunt verwijderen", None))
#endif // QT_CONFIG(accessibility)
        self.actionBox.setTitle(QCoreApplication.translate("AgreementsPanelForm", u"Actiepunten", None))
#if QT_CONFIG(accessibility)
        self.actionBox.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Actiepunten", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.actionTable.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Actiepunten", None))
#endif // QT_CONFIG(accessibility)
        self.actionAddButton.setText(QCoreApplication.translate("AgreementsPanelForm", u"Actiepunt toevoegen", None))
#if QT_CONFIG(accessibility)
        self.actionAddButton.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Actiepunt toevoegen", None))
#endif // QT_CONFIG(accessibility)
        self.actionRemoveButton.setText(QCoreApplication.translate("AgreementsPanelForm", u"Actiepunt verwijderen", None))
#if QT_CONFIG(accessibility)
        self.actionRemoveButton.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Actiepunt verwijderen", None))
#endif // QT_CONFIG(accessibility)
        self.parkingBox.setTitle(QCoreApplication.translate("AgreementsPanelForm", u"Parkeerplaats", None))
#if QT_CONFIG(accessibility)
        self.parkingBox.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Parkeerplaats", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.parkingTable.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Parkeerplaats", None))
#endif // QT_CONFIG(accessibility)
        self.parkingAddButton.setText(QCoreApplication.translate("AgreementsPanelForm", u"Onderwerp parkeren", None))
#if QT_CONFIG(accessibility)
        self.parkingAddButton.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Onderwerp parkeren", None))
#endif // QT_CONFIG(accessibility)
        self.parkingRemoveButton.setText(QCoreApplication.translate("AgreementsPanelForm", u"Onderwerp verwijderen", None))
#if QT_CONFIG(accessibility)
        self.parkingRemoveButton.setAccessibleName(QCoreApplication.translate("AgreementsPanelForm", u"Onderwerp verwijderen", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.meetingsTab), QCoreApplication.translate("AgreementsPanelForm", u"Overleggen", None))
        pass
    # retranslateUi

