"""The kinds of council document the loaders recognise, each registered once.

Field labels are those councils' publishing systems print (ModernGov, egenda, CMIS and
their clones, council websites); see docs/reading.md. A text that matches no kind is read
as a plain document: the general reader still runs on it. The examples are written by
the project, modelled on real documents.
"""

from __future__ import annotations

from loaders.registry import Cue, register_kind

# Features: labelled structure a kind gives, which rules may read.
DECISION_FIELDS = "decision-fields"  # "Decision type:", "Decision Maker:", "Date of decision:" ...
MEETING_BLOCKS = "meeting-blocks"  # "Meeting: 10/11/2016 - Cabinet (Item 4)", "Minutes:", "RESOLVED"
REPORT_HEADERS = "report-headers"  # "By:", "To:", "Date:", "Subject:", "Recommendations:"

_DATE = r"\d{1,2}/\d{1,2}/\d{4}"

register_kind(
    "forward-plan-entry",
    "forward plan entry (proposed key decision)",
    "ForwardPlanEntry",
    "A notice that a decision is to be taken: what is proposed, by whom and when it is due. It states a "
    "request, never an outcome.",
    "Issue details\nAdopting the Northvale Housing Strategy 2024-2029 - 24/00071\nProposed decision: To adopt "
    "the strategy.\nDecision type: Key\nDecision status: For Determination\nDecision due: 12 Mar 2024 by Cabinet",
    cues=(
        Cue(r"Issue\s+details\s*$", 2),
        Cue(r"Proposed\s+decision\s*:"),
        Cue(r"Decision\s+due\s*:"),
        Cue(r"Decision\s+type\s*:"),
        Cue(r"Decision\s+status\s*:"),
        Cue(r"Reason\s+Key\s*:"),
        Cue(r"Notice\s+of\s+proposed\s+decision\s+first\s+published\s*:", 2),
        Cue(r"Division\s+affected\s*:"),
    ),
    features=(DECISION_FIELDS,),
    aliases=("decision-notice",),
)

register_kind(
    "decision-record",
    "decision record (decision details)",
    "DecisionRecord",
    "The published record of a decision taken: who decided, when, at which meeting, and its purpose.",
    "Decision details\nAdoption of the Riverside Early Help Strategy\nDecision Maker: Cabinet Member for "
    "Families\nDecision status: Implemented\nPurpose: A new strategy to replace the one that expired in 2023.\n"
    "Date of decision: 04/06/2024",
    cues=(
        Cue(r"Decision\s+details\s*$", 2),
        Cue(r"Decision\s+Maker\s*:"),
        Cue(r"Decided\s+at\s+meeting\s*:", 2),
        Cue(r"Date\s+of\s+decision\s*:"),
        Cue(r"Is\s+Key\s+decision\s*\?"),
        Cue(r"Is\s+subject\s+to\s+call\s*-?\s*in\s*\?"),
        Cue(r"Purpose\s*:"),
        Cue(r"Publication\s+date\s*:"),
        Cue(r"Effective\s+from\s*:"),
        Cue(r"Report\s+author\s*:"),
    ),
    features=(DECISION_FIELDS,),
)

register_kind(
    "other-decision-record",
    "decision record from another committee system",
    "OtherDecisionRecord",
    "A decision record in another system's labels (egenda, CMIS and others): the item, the record of the "
    "decision, its reasons and the options rejected.",
    "View Cabinet Decision Record\nCabinet Decision: 9th March 2022\nTitle of Item/Report: Early Help Strategy\n"
    "Record of the Decision: Cabinet approved the strategy.\nReasons for the Decision: the last one has expired.",
    cues=(
        Cue(r"(?:View\s+)?Cabinet\s+Decision(?:\s+Record)?\s*:?", 1),
        Cue(r"Record\s+of\s+(?:the\s+)?Decision", 2),
        Cue(r"Reasons?\s+for\s+(?:the\s+)?[Dd]ecision"),
        Cue(r"Alternative\s+Options?\s+Considered"),
        Cue(r"Title\s+of\s+Item(?:\s*/\s*Report)?"),
        # a Cabinet Member's or officer's decision notice: "Decision reference number:", "Date Decision Taken:"
        Cue(r"Decision\s+(?:[Rr]eference|[Nn]umber|[Rr]ef\.?)(?:\s+[Nn]umber)?\s*:"),
        Cue(r"Date\s+[Dd]ecision\s+[Tt]aken\s*:"),
        Cue(r"Portfolio\s+[Hh]older\s*:"),
        Cue(r"(?:Cabinet\s+Member|Officer|Delegated|Executive)\s+Decision\s+Notice"),
    ),
    features=(DECISION_FIELDS,),
)

register_kind(
    "issue-meetings",
    "issue meetings or decisions page with minutes",
    "IssueMeetingsPage",
    "One issue followed through its meetings, newest first: each meeting line, its minutes and what was "
    "resolved or recommended there.",
    "Issue - meetings\n\nMeeting: 14/02/2024 - Cabinet (Item 6)\n\nMinutes:\nRESOLVED that the Northvale "
    "Housing Strategy 2024-2029 be approved.",
    cues=(
        Cue(r"Issue\s+-\s+(?:meetings|decisions)", 2),
        Cue(rf"Meeting\s*:\s*{_DATE}\s*-", 2),
        Cue(rf"{_DATE}\s+-\s+\S"),
        Cue(r"Minutes\s*:"),
        Cue(r"Decision\s+Made\s*:"),
        Cue(r"RESOLVED\b"),
    ),
    features=(MEETING_BLOCKS,),
    aliases=("meeting-record",),
)

register_kind(
    "agenda-item",
    "agenda item with minutes",
    "AgendaItemMinutes",
    "One item of a meeting's agenda with its minutes: numbered paragraphs of discussion, then what the "
    "board noted, agreed, endorsed or recommended.",
    "Agenda item\n\nRefresh of the Joint Health and Wellbeing Strategy\n\nMinutes:\n(1) The Board discussed "
    "the draft.\nRESOLVED: (i) that the refreshed strategy be endorsed.",
    cues=(Cue(r"Agenda\s+item\b", 2), Cue(r"Minutes\s*:"), Cue(r"Resolved\s*:"), Cue(r"\(\d{1,2}\)\s+[A-Z]")),
    features=(MEETING_BLOCKS,),
)

register_kind(
    "committee-report",
    "committee report",
    "CommitteeReport",
    "A report to a committee, board or council, with By/To/Date/Subject headers, a summary and "
    "recommendations; it asks for decisions and tells the plan's history.",
    "By: Director of Children's Services\nTo: Cabinet - 12 March 2024\nSubject: Northvale Housing Strategy "
    "2024-2029\nSummary: This report seeks approval of the new strategy.",
    cues=(
        Cue(
            r"(?:By|From|Report\s+to|Date(?:\s+of\s+meeting)?|Classification|Decision\s+No|"
            r"Electoral\s+Divisions?|Wards?\s+affected)\s*:"
        ),
        Cue(r"To\s*:"),
        Cue(r"Subject\s*:"),
        Cue(r"Summary\s*:"),
        Cue(r"Recommendations?(?:\(s\))?\s*:"),
        Cue(r"Report\s+of\b"),
    ),
    features=(REPORT_HEADERS,),
)

register_kind(
    "strategy-web-page",
    "council web page about a strategy",
    "StrategyWebPage",
    "A page of a council website presenting a strategy: its period, when and by whom it was adopted, "
    "often the history of the series, and links to the document.",
    "Our housing strategy\nThe Housing Strategy 2024 to 2029 was adopted by Council in March 2024.\n"
    "Read the housing strategy (PDF, 1.2 MB)\nLast updated: 3 April 2024",
    cues=(
        Cue(r"\((?:PDF|DOCX?|ODT),?\s+[\d.]+\s*[KM]B\)", 2, anywhere=True),
        Cue(r"Read\s+(?:the|our)\s+"),
        Cue(r"See\s+more\s+information"),
        Cue(r"(?:Page\s+)?last\s+(?:updated|reviewed)\s*:?"),
        Cue(r"Share\s+this\s+page"),
        Cue(r"Related\s+(?:pages|content|documents|links)"),
    ),
)

register_kind(
    "strategy-opening-pages",
    "opening pages of a strategy",
    "StrategyOpeningPages",
    "The first pages of a strategy itself: its title page, a foreword signed by a councillor, contents "
    "and introduction, stating its own name and period and what it builds on.",
    "Riverside Early Help Strategy 2024-2027\nForeword\nI am pleased to introduce our new strategy ...\n"
    "Contents\n1. Introduction",
    cues=(
        Cue(r"Foreword\s*$"),
        Cue(r"(?:Table\s+of\s+)?Contents\s*$"),
        Cue(r"(?:\d+\.?\s+)?Introduction\s*$"),
        Cue(r"(?:\d+\.?\s+)?(?:Executive\s+summary|Our\s+vision|Our\s+priorities)\s*$"),
    ),
)

register_kind(
    "news-release",
    "news release",
    "NewsRelease",
    "A council or partner news item: a dateline and quotes from councillors, usually saying that a "
    "committee approved a plan on a date.",
    "News release\nPublished: 15 March 2024\nCabinet backs new housing strategy\nCllr Jo Smith, Cabinet "
    'Member for Housing, said: "This strategy ..."',
    cues=(
        Cue(r"(?:News|Press|Media)\s+release", 2),
        Cue(r"(?:Published|Posted|Date)\s*(?:on)?\s*:?\s*\d{1,2}\s+[A-Z]"),
        Cue(
            r"\b(?:Cllr|Councillor)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?,?[^.\n]{0,80}?\b(?:said|added|commented)\b",
            anywhere=True,
        ),
        Cue(r"Notes\s+to\s+editors", 2),
        Cue(r"ENDS\s*$"),
        Cue(r"Media\s+(?:enquiries|contact)"),
    ),
)

register_kind(
    "document",
    "document",
    "GeneralDocument",
    "Any other readable text: read by the general reader alone, with no structure assumed.",
    "The Council's new Housing Strategy 2024-2029 replaces the Housing Strategy 2019-2024.",
)
