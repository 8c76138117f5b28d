namespace WorkflowTalent.Persistence.Tests.Support;

/// <summary>
/// A task for the county Organisation Department, due in three days and cancelled on time-out; approving it
/// sends a mail. In Elsa 3's JSON, as a definition file is written.
/// </summary>
internal static class ApprovalDefinition
{
    public const string DefinitionId = "approval";
    public const string Role = "CountyOrganization";
    public const string Scope = "Xiangcheng";
    public const string Subject = "调任已批准";

    public const string Json = """
        {
          "id": "approval-v1",
          "definitionId": "approval",
          "name": "Approval",
          "version": 1,
          "isLatest": true,
          "isPublished": true,
          "variables": [],
          "inputs": [],
          "outputs": [],
          "outcomes": [],
          "customProperties": {},
          "root": {
            "type": "Elsa.Flowchart",
            "id": "Flowchart1",
            "version": 1,
            "activities": [
              { "id": "start", "type": "Elsa.Start", "version": 1 },
              {
                "id": "approve", "type": "WorkflowTalent.HumanTask", "version": 1,
                "title": { "typeName": "String", "expression": { "type": "Literal", "value": "批准调任" } },
                "role": { "typeName": "String", "expression": { "type": "Literal", "value": "CountyOrganization" } },
                "scope": { "typeName": "String", "expression": { "type": "Literal", "value": "Xiangcheng" } },
                "outcomes": { "typeName": "String[]", "expression": { "type": "Literal", "value": ["Approve", "Reject"] } },
                "due": { "typeName": "String", "expression": { "type": "Literal", "value": "P3D" } },
                "escalation": { "typeName": "String", "expression": { "type": "Literal", "value": "Timeout" } }
              },
              {
                "id": "notify", "type": "Elsa.SendEmail", "version": 1,
                "to": { "typeName": "String", "expression": { "type": "Literal", "value": "li@example.cn" } },
                "subject": { "typeName": "String", "expression": { "type": "Literal", "value": "调任已批准" } }
              },
              {
                "id": "late", "type": "Elsa.WriteLine", "version": 1,
                "text": { "typeName": "String", "expression": { "type": "Literal", "value": "late" } }
              }
            ],
            "connections": [
              { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "approve", "port": "In" } },
              { "source": { "activity": "approve", "port": "Approve" }, "target": { "activity": "notify", "port": "In" } },
              { "source": { "activity": "approve", "port": "Reject" }, "target": { "activity": "late", "port": "In" } },
              { "source": { "activity": "approve", "port": "Timeout" }, "target": { "activity": "late", "port": "In" } }
            ]
          }
        }
        """;
}
