using System.Collections;
using WorkflowTalent.Workflows.Definitions;

namespace WorkflowTalent.Workflows.Runtime;

/// <summary>
/// The flowchart as a graph of activity indexes: outbound connections in listed order, which
/// connections are backward (close a loop), loop bodies, and forward ancestry for WaitAny / Race
/// cancellation. Built once per definition version.
/// </summary>
internal sealed class FlowGraph
{
    public FlowGraph(Flowchart flowchart, int start)
    {
        var count = flowchart.Activities.Count;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
            index.TryAdd(flowchart.Activities[i].Id, i);
        IndexOf = index;

        Connections = [.. flowchart.Connections.Where(c => index.ContainsKey(c.Source) && index.ContainsKey(c.Target))];
        Outbound = Group(count, c => index[c.Source]);
        Inbound = Group(count, c => index[c.Target]);
        IsBackward = FindBackwardConnections(count, start);
        ForwardInbound = [.. Inbound.Select(list => list.Where(c => !IsBackward.Contains(c.Index)).ToArray())];
        ForwardAncestors = ComputeForwardAncestors(count);
        LoopBodies = Connections.Where(c => IsBackward.Contains(c.Index)).ToDictionary(c => c.Index, c => LoopBody(index[c.Target], index[c.Source]));
    }

    public IReadOnlyDictionary<string, int> IndexOf { get; }
    public FlowConnection[] Connections { get; }
    public FlowConnection[][] Outbound { get; }
    public FlowConnection[][] Inbound { get; }
    public FlowConnection[][] ForwardInbound { get; }
    public HashSet<int> IsBackward { get; }

    /// <summary>Per activity: every activity from which it can be reached over forward connections (itself included).</summary>
    public BitArray[] ForwardAncestors { get; }

    /// <summary>Per backward connection: the activities of the loop it closes, decided afresh on each round.</summary>
    public Dictionary<int, int[]> LoopBodies { get; }

    /// <summary>Whether any of <paramref name="live"/> can still reach <paramref name="target"/>'s inbound <paramref name="sourceIndex"/> without passing through the target.</summary>
    public bool CanReach(IEnumerable<int> live, int sourceIndex, int target)
    {
        var seen = new BitArray(Outbound.Length);
        var stack = new Stack<int>();
        foreach (var node in live)
        {
            if (node == target || seen[node])
                continue;
            seen[node] = true;
            stack.Push(node);
        }

        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node == sourceIndex)
                return true;
            foreach (var connection in Outbound[node])
            {
                var next = IndexOf[connection.Target];
                if (next == target || seen[next])
                    continue;
                seen[next] = true;
                stack.Push(next);
            }
        }

        return false;
    }

    private FlowConnection[][] Group(int count, Func<FlowConnection, int> key)
    {
        var lists = new List<FlowConnection>[count];
        for (var i = 0; i < count; i++)
            lists[i] = [];
        foreach (var connection in Connections)
            lists[key(connection)].Add(connection);
        return [.. lists.Select(l => l.ToArray())];
    }

    // A connection is backward when it returns to an activity still on the depth-first path from the
    // start (a retreating edge); for the structured loops of a flowchart that is exactly "every path
    // back to the start passes through its target". Activities the start cannot reach are searched too.
    private HashSet<int> FindBackwardConnections(int count, int start)
    {
        var backward = new HashSet<int>();
        var state = new byte[count]; // 0 new, 1 on path, 2 done
        var roots = new List<int>();
        if (start >= 0)
            roots.Add(start);
        roots.AddRange(Enumerable.Range(0, count).Where(i => Inbound[i].Length == 0 && i != start));
        roots.AddRange(Enumerable.Range(0, count));
        foreach (var root in roots)
        {
            if (state[root] != 0)
                continue;
            var stack = new Stack<(int Node, int Next)>();
            stack.Push((root, 0));
            state[root] = 1;
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                if (next < Outbound[node].Length)
                {
                    stack.Push((node, next + 1));
                    var connection = Outbound[node][next];
                    var target = IndexOf[connection.Target];
                    if (state[target] == 1)
                        backward.Add(connection.Index);
                    else if (state[target] == 0)
                    {
                        state[target] = 1;
                        stack.Push((target, 0));
                    }
                }
                else
                {
                    state[node] = 2;
                }
            }
        }

        return backward;
    }

    private BitArray[] ComputeForwardAncestors(int count)
    {
        var result = new BitArray[count];
        for (var i = 0; i < count; i++)
        {
            var seen = new BitArray(count);
            var stack = new Stack<int>();
            seen[i] = true;
            stack.Push(i);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                foreach (var connection in ForwardInbound[node])
                {
                    var source = IndexOf[connection.Source];
                    if (seen[source])
                        continue;
                    seen[source] = true;
                    stack.Push(source);
                }
            }

            result[i] = seen;
        }

        return result;
    }

    // The natural loop of a backward connection source → header: the header and every activity that
    // reaches the source over forward connections from the header.
    private int[] LoopBody(int header, int source)
    {
        var body = new List<int>();
        for (var i = 0; i < ForwardAncestors.Length; i++)
        {
            if (ForwardAncestors[source][i] && ForwardAncestors[i][header])
                body.Add(i);
        }

        if (!body.Contains(header))
            body.Add(header);
        return [.. body];
    }
}
