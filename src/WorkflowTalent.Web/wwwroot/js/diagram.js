// The automatic layout of WorkflowDiagram (Components/Diagram): elkjs's layered algorithm, left to right, for
// definitions whose activities have no designer positions. The component draws the SVG; this only places things.

const elkUrl = new URL("../lib/elkjs/elk.bundled.js", import.meta.url).href;
let elk;

// elk.bundled.js is a UMD bundle: as a classic script it sets window.ELK — unless an AMD loader is on the page by
// then (Monaco's, which the definition editor loads at the same time), to which it hands itself instead. So it is
// evaluated here with a CommonJS module of its own, the first case its UMD wrapper checks: the same code either way.
function loadElk() {
  elk ??= fetch(elkUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`elkjs did not load from ${elkUrl}: ${response.status}`);
      return response.text();
    })
    .then((code) => {
      const module = { exports: {} };
      new Function("module", "exports", "define", code)(module, module.exports, undefined);
      return new module.exports();
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
