namespace WorkflowTalent.Cli.Tests.Trace;

/// <summary>
/// A tiny repository in a temp folder: a solution file, the policy page at <c>../shared/policy/rules.md</c>, a
/// definition, code and tests. The test sources are assembled from pieces so that this file itself holds no test
/// declaration that the real repository's report would pick up.
/// </summary>
internal sealed class FakeRepository : IDisposable
{
    public const string Fact = "[" + "Fact]";

    public const string Theory = "[" + "Theory]";

    private readonly TempDirectory _dir = new();

    public FakeRepository(string name = "repo")
    {
        Root = Path.Combine(_dir.Path, name);
        Write("WorkflowTalent.sln", "");
    }

    public string Root { get; }

    public string Report => Path.Combine(Root, "docs", "traceability.md");

    /// <summary>Writes a file under the root (forward slashes) and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Rules(params string[] lines) =>
        _dir.Write("shared/policy/rules.md", "# Rules\n\n## Requirements\n" + string.Join('\n', lines) + "\n\n## Open facts\n- not a requirement\n");

    /// <summary>
    /// Four requirements: 1.1 complete (definition, activity, code, test), 1.10 complete through an activity and a
    /// theory, 2.1 tested but enforced nowhere, 3.1 enforced by code but untested.
    /// </summary>
    public static FakeRepository Mixed(string name = "repo")
    {
        var repo = new FakeRepository(name);
        repo.Rules(
            "- **R1.1** Leave of more than **3 days** needs two approvals.",
            "- **R1.10** The tenth rule | with a pipe.",
            "- **R2.1** Only tested.",
            "- **R3.1** Only enforced.");
        repo.Write("workflows/leave.json", LeaveDefinition);
        repo.Write("workflows/notes.txt", "R2.1 is not a definition");
        repo.Write("src/Leave/LeaveRules.cs", LeaveRules);
        repo.Write("src/Leave/obj/Generated.cs", "// R2.1 build output\n");
        repo.Write("src/Leave/bin/Debug/Copy.cs", "// R2.1 build output\n");
        repo.Write("src/Persistence/Migrations/Initial.cs", "// R2.1 generated migration\n");
        repo.Write("tests/Leave.Tests/LeaveTests.cs", LeaveTests);
        repo.Write("tests/Leave.Tests/scripts/short-leave.jsonl", """{"expect":{"status":"Finished"},"policy":"R3.1"}""" + "\n");
        return repo;
    }

    /// <summary>Two requirements, both enforced and tested: the check passes once the report is written.</summary>
    public static FakeRepository Complete()
    {
        var repo = new FakeRepository();
        repo.Rules("- **R1.1** Leave needs two approvals.", "- **R1.10** The tenth rule.");
        repo.Write("src/Leave/LeaveRules.cs", "namespace Leave;\n\n// R1.1 and R1.10\n");
        repo.Write("tests/Leave.Tests/LeaveTests.cs", TestClass("LeaveTests", ("Approve", "R1_1"), ("Tenth", "R1_10")));
        return repo;
    }

    /// <summary>A test class whose [Fact] methods are named <c>{name}_{id}</c>.</summary>
    public static string TestClass(string className, params (string Name, string Id)[] methods) =>
        $"namespace Leave.Tests;\n\npublic sealed class {className}\n{{\n"
        + string.Concat(methods.Select(m => $"    {Fact}\n    public void {m.Name}_{m.Id}() {{ }}\n\n"))
        + "}\n";

    // Line numbers matter: the activity "check" starts on line 13, "approve" on line 18.
    public const string LeaveDefinition = """
        {
          "id": "leave:v1",
          "definitionId": "leave",
          "name": "请假审批",
          "description": "R1.1 leave approval",
          "customProperties": { "policy": "R1.1" },
          "root": {
            "type": "Elsa.Flowchart",
            "id": "flowchart",
            "activities": [
              { "id": "start", "type": "Elsa.Start" },
              { "id": "unrelated", "type": "Elsa.WriteLine", "description": "R4.2 is not on the policy page" },
              {
                "id": "check",
                "customProperties": { "policy": "R1.1" },
                "metadata": { "displayText": "超过3天？ More than 3 days?" }
              },
              {
                "id": "approve",
                "description": { "typeName": "String", "expression": { "type": "Literal", "value": "R1.10 两级审批" } },
                "metadata": { "displayText": "审批 Approve" }
              }
            ],
            "connections": []
          }
        }
        """;

    public const string LeaveRules = """
        namespace Leave;

        // R1.1: more than 3 days needs two approvals (R1.10 is another rule).
        public static class LeaveRules
        {
            [Policy("R3.1")]
            public static bool IsLong(int days) => days > 3;
        }
        """;

    public static readonly string LeaveTests = $$"""
        namespace Leave.Tests;

        public sealed class LeaveTests
        {
            {{Fact}}
            public void Approve_NeedsTwo_R1_1() { }

            {{Theory}}
            [InlineData(
                1)]
            // A comment between the attributes and the method.
            public async Task R1_10_Rule(int x) => await Task.Delay(x);

            public void Helper_R3_1() { }

            {{Fact}}
            public void R2_1_Tested() { }
        }
        """;

    public void Dispose() => _dir.Dispose();
}
