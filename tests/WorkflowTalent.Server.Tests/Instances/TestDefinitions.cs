using Microsoft.Extensions.DependencyInjection;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Definitions;
using WorkflowTalent.Server.Tests.Support;

namespace WorkflowTalent.Server.Tests.Instances;

/// <summary>Small definitions the tests insert under fresh ids, so tests sharing a fixture never meet.</summary>
public static class TestDefinitions
{
    public static string FreshId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>
    /// Waits for each event of <paramref name="waits"/> in turn (activity id, event name), each of the instance's own
    /// correlation; the last event's payload goes to the variable <c>payload</c>; then writes a line and finishes.
    /// </summary>
    public static string Waiter(string definitionId, int version, params (string ActivityId, string EventName)[] waits)
    {
        var activities = new List<string> { """{ "id": "start", "type": "Elsa.Start", "version": 1 }""" };
        var connections = new List<string>();
        var previous = "start";
        foreach (var (activityId, eventName) in waits)
        {
            activities.Add($$"""
                { "id": "{{activityId}}", "type": "Elsa.Event", "version": 1,
                  "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "{{eventName}}" } },
                  "result": "payload" }
                """);
            connections.Add(Connection(previous, activityId));
            previous = activityId;
        }

        activities.Add("""{ "id": "done", "type": "Elsa.WriteLine", "version": 1, "text": { "typeName": "String", "expression": { "type": "Literal", "value": "received" } } }""");
        connections.Add(Connection(previous, "done"));
        return $$"""
            {
              "id": "{{definitionId}}:v{{version}}", "definitionId": "{{definitionId}}", "name": "Waiter", "version": {{version}},
              "isLatest": true, "isPublished": true,
              "variables": [ { "id": "payload", "name": "payload", "typeName": "Object", "value": null } ],
              "inputs": [], "outputs": [], "outcomes": [], "customProperties": {},
              "root": {
                "type": "Elsa.Flowchart", "id": "flowchart", "version": 1,
                "activities": [ {{string.Join(",\n", activities)}} ],
                "connections": [ {{string.Join(",\n", connections)}} ]
              }
            }
            """;
    }

    /// <summary>Stores definition versions as an administrator's publish would, bypassing the definitions API.</summary>
    public static Task AddAsync(ServiceFixture service, DefinitionStatus status, params string[] jsons) =>
        service.InScopeAsync(sp =>
        {
            var store = sp.GetRequiredService<EfWorkflowStore>();
            foreach (var json in jsons)
                store.AddDefinition(json, status);
            store.Db.SaveChanges();
            return Task.FromResult(true);
        });

    private static string Connection(string source, string target) =>
        $$"""{ "source": { "activity": "{{source}}", "port": "Done" }, "target": { "activity": "{{target}}", "port": "In" } }""";
}
