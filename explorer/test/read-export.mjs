// Reads an export with the real libraries its users load it with, and prints what they see, for
// ExportFormatsTest: node read-export.mjs <cytoscape|graphology> <file> <node id>
import { readFileSync } from 'node:fs';
import cytoscape from 'cytoscape';
import Graph from 'graphology';

const [format, file, nodeId] = process.argv.slice(2);
const json = JSON.parse(readFileSync(file, 'utf8'));
let out;
if (format === 'cytoscape') {
  const cy = cytoscape({ headless: true, elements: json.elements });
  const node = cy.getElementById(nodeId);
  out = { nodes: cy.nodes().length, edges: cy.edges().length, node: node.nonempty() ? node.data() : null,
    degree: node.nonempty() ? node.degree(false) : null };
} else {
  const graph = new Graph(json.options);
  graph.import(json);
  out = { nodes: graph.order, edges: graph.size, node: graph.hasNode(nodeId) ? graph.getNodeAttributes(nodeId) : null,
    degree: graph.hasNode(nodeId) ? graph.degree(nodeId) : null, type: graph.type, multi: graph.multi };
}
console.log(JSON.stringify(out));
