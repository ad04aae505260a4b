/** A diagram is data: shapes with their text, rendered to inline SVG by Diagram.astro. Text lives here, not in markup, so a translation is another data object. */

/** Colour role of a shape; the palette is in diagram.css. */
export type Tone = 'default' | 'accent' | 'ok' | 'bad' | 'warn' | 'muted';

/** A line of text; `mono` for addresses, commands and versions. */
export type TextLine = string | { text: string; mono?: boolean; strong?: boolean };

export type Point = readonly [x: number, y: number];

/** A node (centred text) or a region (a dashed container with its title top-left). */
export interface DiagramBox {
  x: number;
  y: number;
  w: number;
  h: number;
  lines: readonly TextLine[];
  tone?: Tone;
  kind?: 'node' | 'region';
}

/** A polyline with an arrowhead at its end (or none/both), optionally labelled near `labelAt`. */
export interface DiagramArrow {
  points: readonly Point[];
  tone?: Tone;
  dashed?: boolean;
  head?: 'end' | 'both' | 'none';
  label?: readonly TextLine[];
  labelAt?: Point;
  labelAnchor?: 'start' | 'middle' | 'end';
}

/** Free text; `y` is the baseline of the first line. */
export interface DiagramLabel {
  x: number;
  y: number;
  lines: readonly TextLine[];
  anchor?: 'start' | 'middle' | 'end';
  tone?: Tone;
  size?: 'normal' | 'small';
}

/** A dot, e.g. a release on a timeline. */
export interface DiagramMarker {
  x: number;
  y: number;
  r?: number;
  tone?: Tone;
}

/** One drawing of a diagram: its size in SVG units and its shapes. */
export interface DiagramLayout {
  width: number;
  height: number;
  boxes?: readonly DiagramBox[];
  arrows?: readonly DiagramArrow[];
  labels?: readonly DiagramLabel[];
  markers?: readonly DiagramMarker[];
}

/** A diagram: the wide drawing (its fields at the top level), the narrow one for phones, and the words that go with both. */
export interface DiagramData extends DiagramLayout {
  /** Unique on the page; prefixes the ids of <title>, <desc> and arrowheads. */
  id: string;
  /** Accessible name. */
  title: string;
  /** Accessible description: what the picture shows, in one or two sentences. */
  desc: string;
  /** Visible caption under the picture. */
  caption: string;
  /** The same content as steps or facts, shown in a "Text version" disclosure; `backticked` parts show as code. */
  text: readonly string[];
  /** The same picture stacked to `narrowWidth` units, shown instead of the wide one where that would have to scroll. */
  narrow: DiagramLayout;
}
