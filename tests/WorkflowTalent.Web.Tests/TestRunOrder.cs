// Each browser test class starts a service process and a Chromium of its own; on a 2-core machine several at once
// starve each other into time-outs. One class at a time keeps the waits on elements meaningful.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
