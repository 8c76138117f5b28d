// The automatic layout of WorkflowDiagram (Components/Diagram): elkjs's layered algorithm, left to right, for
// definitions whose activities have no designer positions. The component draws the SVG; this only places things.

const elkUrl = new URL("../lib/elkjs/elk.bundled.js", import.meta.url).href;
let elk;

// elk.bundled.js is a UMD bundle: it sets window.ELK when loaded as a classic script — unless an AMD loader is on
// the page (Monaco's, in the definition editor), to which it then hands itself as a module instead.
function loadElk() {
  elk ??= new Promise((resolve, reject) => {
    if (globalThis.ELK) {
      resolve(new globalThis.ELK());
      return;
    }
    if (typeof globalThis.define === "function" && globalThis.define.amd && typeof globalThis.require === "function") {
      globalThis.require([elkUrl], (ELK) => resolve(new ELK()), reject);
      return;
    }
    const script = document.createElement("script");
    script.src = elkUrl;
    script.onload = () => resolve(new globalThis.ELK());
    script.onerror = () => reject(new Error(`elkjs did not load from ${elkUrl}`));
    document.head.appendChild(script);
  });
  return elk;
}

export async function layout(graph) {
  const engine = await loadElk();
  const result = await engine.layout({
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.edgeRouting": "ORTHOGONAL",
      "elk.spacing.nodeNode": "30",
      "elk.layered.spacing.nodeNodeBetweenLayers": "60",
      "elk.layered.spacing.edgeNodeBetweenLayers": "20",
      "elk.edgeLabels.placement": "CENTER",
    },
    children: graph.nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: graph.edges.map((e) => ({
      id: e.id,
      sources: [e.source],
      targets: [e.target],
      labels: e.labelWidth > 0 ? [{ text: e.id, width: e.labelWidth, height: e.labelHeight }] : [],
    })),
  });
  return {
    nodes: result.children.map((n) => ({ id: n.id, x: n.x, y: n.y, width: n.width, height: n.height })),
    edges: (result.edges ?? []).map((e) => ({
      id: e.id,
      points: (e.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]),
      label: e.labels && e.labels.length > 0 ? { x: e.labels[0].x, y: e.labels[0].y } : null,
    })),
  };
}
