namespace WorkflowTalent.Documents.SummaryTable;

/// <summary>The 汇总表's columns, in printed order.</summary>
internal enum SummaryColumn
{
    Number,
    Name,
    Gender,
    Ethnicity,
    BirthMonth,
    Education,
    ProfessionalTitle,
    Field,
    WorkUnit,
    Township,
    RemoteTownship,
    PartyMember,
    RequestedReceivingUnit,
    Remarks,
}
