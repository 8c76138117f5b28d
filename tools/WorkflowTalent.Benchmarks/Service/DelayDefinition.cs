namespace WorkflowTalent.Benchmarks.Service;

/// <summary>The smallest timer workflow: Start → Delay PT1H → End.</summary>
internal static class DelayDefinition
{
    public const string DefinitionId = "bench-delay";

    public const string Json = """
        {
          "id": "bench-delay-v1",
          "definitionId": "bench-delay",
          "name": "Benchmark delay",
          "version": 1,
          "variables": [],
          "root": {
            "type": "Elsa.Flowchart",
            "id": "Flowchart1",
            "version": 1,
            "activities": [
              { "id": "start", "type": "Elsa.Start", "version": 1 },
              {
                "id": "wait", "type": "Elsa.Delay", "version": 1,
                "timeSpan": { "typeName": "TimeSpan", "expression": { "type": "Literal", "value": "PT1H" } }
              },
              { "id": "end", "type": "Elsa.End", "version": 1 }
            ],
            "connections": [
              { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "wait", "port": "In" } },
              { "source": { "activity": "wait", "port": "Done" }, "target": { "activity": "end", "port": "In" } }
            ]
          }
        }
        """;
}
