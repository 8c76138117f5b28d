using System.Text.Json.Serialization;

namespace WorkflowTalent.Benchmarks.Browser;

/// <summary>
/// What one page load of the inbox took, in ms from the navigation's start (<c>performance.now()</c>'s origin):
/// the HTML received, Blazor's script received, the circuit's negotiation answered, the page's first interactive
/// render (its filter bar in the DOM), the first row in the DOM, and the frame after that painted.
/// </summary>
internal sealed record RenderMarks(
    [property: JsonPropertyName("document")] double Document,
    [property: JsonPropertyName("script")] double Script,
    [property: JsonPropertyName("negotiated")] double Negotiated,
    [property: JsonPropertyName("page")] double Page,
    [property: JsonPropertyName("rows")] double Rows,
    [property: JsonPropertyName("painted")] double Painted,
    [property: JsonPropertyName("rowCount")] int RowCount,
    [property: JsonPropertyName("openCount")] string OpenCount)
{
    /// <summary>
    /// Installed before any of the page's scripts run (Playwright's init script): a MutationObserver notes the
    /// moment each element first appears; after the first row a requestAnimationFrame and a task later, the frame
    /// holding it has been painted.
    /// </summary>
    public const string Probe = """
        (() => {
          const marks = {};
          window.__wtMarks = marks;
          const note = (selector, name) => {
            if (marks[name] === undefined && document.querySelector(selector)) marks[name] = performance.now();
          };
          new MutationObserver(() => {
            note('[data-testid=inbox-filters]', 'page');
            if (marks.rows === undefined && document.querySelector('[data-testid=task-link]')) {
              marks.rows = performance.now();
              requestAnimationFrame(() => setTimeout(() => { marks.painted = performance.now(); }, 0));
            }
          }).observe(document, { childList: true, subtree: true });
        })();
        """;

    /// <summary>Read once <c>painted</c> is set: the marks with the navigation's and resources' own timings, as JSON text.</summary>
    public const string Read = """
        () => {
          const m = window.__wtMarks;
          const resource = part => performance.getEntriesByType('resource').find(e => e.name.includes(part));
          const nav = performance.getEntriesByType('navigation')[0];
          return JSON.stringify({
            document: nav.responseEnd,
            script: resource('blazor.web')?.responseEnd ?? -1,
            negotiated: resource('_blazor/negotiate')?.responseEnd ?? -1,
            page: m.page ?? -1,
            rows: m.rows,
            painted: m.painted,
            rowCount: document.querySelectorAll('[data-testid=task-link]').length,
            openCount: document.querySelector('[data-testid=count-open]')?.textContent ?? ''
          });
        }
        """;
}
