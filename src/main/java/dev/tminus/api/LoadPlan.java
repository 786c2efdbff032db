package dev.tminus.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What reading a page of one root {@link Shape} takes, decided once from its declaration: a node per
 * shape whose rows the page reads apart (the root, every object a foreign key points to that nests
 * something, every list's objects), in an order where each node comes after every node that nests
 * it, and one {@link Fetch} per node read by key and per list part.
 *
 * <p>A shape met at several places is one node, so its objects are read by one statement however
 * many parts and levels point to them (an image of an event, of its launches and of their
 * agencies). The number of statements is therefore fixed by the declaration: at most one per node
 * and one per list part.
 */
final class LoadPlan {
  final Node root;
  /** Every node, each after every node that nests it. */
  final List<Node> order;
  private final RowReader.Aliases aliases = new RowReader.Aliases();
  private final Map<Shape<?>, Node> nodes = new HashMap<>();
  private int edges;

  LoadPlan(Shape<?> root) {
    List<Node> finished = new ArrayList<>();
    this.root = visit(root.validate(), finished);
    this.root.readByKey(aliases);
    Collections.reverse(finished);
    this.order = List.copyOf(finished);
  }

  /** The most statements a page takes (when every level has rows): one per node read by key, one per list. */
  int statements() {
    int n = 0;
    for (Node node : order) {
      if (node.byKey != null) n++;
      for (Edge e : node.edges) if (e.list() != null) n++;
    }
    return n;
  }

  int nodes() {
    return nodes.size();
  }

  int edges() {
    return edges;
  }

  // Depth first; a node is finished after everything below it, so the reverse finishing order puts
  // every node before the nodes it nests (shapes nest as a tree or a DAG, never a cycle).
  private Node visit(Shape<?> shape, List<Node> finished) {
    Node node = nodes.get(shape);
    if (node != null) return node;
    node = new Node(nodes.size(), shape);
    nodes.put(shape, node);
    List<Part> parts = shape.parts();
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      if (p instanceof Part.One one && (one.match() != null || !RowReader.joinable(one.shape()))) {
        Node target = visit(one.shape(), finished);
        target.readByKey(aliases);
        node.edges.add(new Edge(edges++, i, target, null));
      } else if (p instanceof Part.Many many) {
        node.edges.add(new Edge(edges++, i, visit(many.shape(), finished), Fetch.many(many, aliases)));
      } else if (p instanceof Part.Children children) {
        node.edges.add(new Edge(edges++, i, visit(children.shape(), finished), Fetch.children(children, aliases)));
      }
    }
    finished.add(node);
    return node;
  }

  /** A shape whose rows a page reads apart, and the parts of it read apart. */
  static final class Node {
    final int id;
    final Shape<?> shape;
    final List<Edge> edges = new ArrayList<>();
    /** The statement of its objects by key, when the node is the root or a foreign key points to it. */
    Fetch byKey;

    Node(int id, Shape<?> shape) {
      this.id = id;
      this.shape = shape;
    }

    void readByKey(RowReader.Aliases aliases) {
      if (byKey == null) byKey = Fetch.byKey(shape, aliases);
    }
  }

  /**
   * The part at {@code index} of a node's shape, whose objects are {@code target}'s: found by the
   * foreign key in the part's value when {@code list} is null, else read by {@code list} per owner.
   */
  record Edge(int id, int index, Node target, Fetch list) {}
}
