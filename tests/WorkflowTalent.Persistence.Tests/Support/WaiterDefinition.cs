namespace WorkflowTalent.Persistence.Tests.Support;

/// <summary>Waits for the event <see cref="EventName"/> of its own correlation, then finishes.</summary>
internal static class WaiterDefinition
{
    public const string DefinitionId = "waiter";
    public const string EventName = "DocumentsReceived";

    public const string Json = """
        {
          "id": "waiter-v1",
          "definitionId": "waiter",
          "name": "Waiter",
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
                "id": "wait", "type": "Elsa.Event", "version": 1,
                "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "DocumentsReceived" } }
              },
              {
                "id": "done", "type": "Elsa.WriteLine", "version": 1,
                "text": { "typeName": "String", "expression": { "type": "Literal", "value": "received" } }
              }
            ],
            "connections": [
              { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "wait", "port": "In" } },
              { "source": { "activity": "wait", "port": "Done" }, "target": { "activity": "done", "port": "In" } }
            ]
          }
        }
        """;
}
