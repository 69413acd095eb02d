// The part of the legibility check that runs inside the deck page. It is a script string, not a
// function, so that it survives any bundler or loader (tsx's keepNames breaks functions passed to
// page.evaluate). It reads the present slide, the footer and the slide number, and returns one
// sample per visible text element: its colour, size, the background layers behind it, and whether
// a background image or gradient means the background must be read from pixels instead.

export interface TextSample {
  role: string;
  selector: string;
  text: string;
  color: string;
  /** Product of the opacity of the element and its ancestors. */
  opacity: number;
  /** Background colours from the element outwards, up to the first opaque one. */
  layers: string[];
  /** A background image or gradient lies behind the text: read the pixels. */
  sample: boolean;
  rect: { x: number; y: number; width: number; height: number };
  fontSize: number;
  fontWeight: number;
}

/** Roles by selector, most specific first; the first that matches the element (or an ancestor) wins. */
export const ROLES: [string, string][] = [
  ['.slide-number', 'slide number'],
  ['.lectern-footer', 'footer'],
  ['a', 'link'],
  ['.lectern-title', 'title'],
  ['.lectern-subtitle', 'subtitle'],
  ['.lectern-byline', 'byline'],
  ['.lectern-kicker', 'kicker'],
  ['.lectern-quote-point', 'quote point'],
  ['.lectern-part', 'part marker'],
  ['.lectern-attribution', 'attribution'],
  ['.lectern-source', 'source'],
  ['.lectern-excerpt-mark', 'excerpt mark'],
  ['blockquote', 'quote'],
  ['.lectern-ref-label', 'reference label'],
  ['.lectern-ref-text', 'reference'],
  ['.lectern-outline li', 'outline item'],
  ['.lectern-numbered li', 'numbered item'],
  ['.lectern-bullets li', 'bullet'],
  ['.lectern-statement', 'statement'],
  ['figcaption', 'caption'],
  ['h1, h2, h3', 'heading'],
];

export const COLLECT_SCRIPT = String.raw`
(function (args) {
  var slide = document.getElementById(args.id);
  var roots = [slide].concat(Array.prototype.slice.call(
    document.querySelectorAll('.reveal .lectern-footer, .reveal .slide-number')));
  var seen = new Set();
  var out = [];
  var roleOf = function (el) {
    for (var i = 0; i < args.roles.length; i++) {
      if (el.closest(args.roles[i][0])) return args.roles[i][1];
    }
    return el.tagName.toLowerCase();
  };
  var selectorOf = function (el) {
    var cls = Array.prototype.filter.call(el.classList, function (c) { return c.indexOf('lectern-') === 0; });
    return el.tagName.toLowerCase() + (cls.length ? '.' + cls.join('.') : '');
  };
  var opacityOf = function (el) {
    var o = 1;
    for (var e = el; e; e = e.parentElement) o *= parseFloat(getComputedStyle(e).opacity);
    return o;
  };
  var background = function (el) {
    var layers = [];
    for (var e = el; e; e = e.parentElement) {
      var cs = getComputedStyle(e);
      if (cs.backgroundImage && cs.backgroundImage !== 'none') return { layers: layers, sample: true };
      var c = cs.backgroundColor;
      if (c && c !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(c)) {
        layers.push(c);
        if (!/rgba/.test(c) || /,\s*1\)$/.test(c)) return { layers: layers, sample: false };
      }
    }
    layers.push('rgb(255, 255, 255)');
    return { layers: layers, sample: false };
  };
  var add = function (el, rect, color, text) {
    var cs = getComputedStyle(el);
    var bg = background(el);
    out.push({
      role: roleOf(el), selector: selectorOf(el), text: text.slice(0, 60), color: color,
      opacity: opacityOf(el), layers: bg.layers, sample: bg.sample,
      rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
      fontSize: parseFloat(cs.fontSize), fontWeight: parseInt(cs.fontWeight, 10) || 400
    });
  };
  roots.forEach(function (root) {
    if (!root) return;
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var text = node.textContent.trim();
      var el = node.parentElement;
      if (!text || !el || seen.has(el) || el.closest('aside.notes')) continue;
      seen.add(el);
      var cs = getComputedStyle(el);
      if (cs.visibility !== 'visible' || cs.display === 'none') continue;
      var range = document.createRange();
      range.selectNodeContents(node);
      var rect = range.getBoundingClientRect();
      if (rect.width < 1 || rect.height < 1 || opacityOf(el) === 0) continue;
      add(el, rect, cs.color, text);
    }
    // Numbers of ordered lists are text too (outline, references).
    root.querySelectorAll('ol > li').forEach(function (li) {
      var marker = getComputedStyle(li, '::marker');
      var listStyle = getComputedStyle(li).listStyleType;
      if (listStyle === 'none' || !marker.color) return;
      var rect = li.getBoundingClientRect();
      if (rect.width < 1) return;
      add(li, { x: rect.x - 40, y: rect.y, width: 40, height: rect.height }, marker.color, 'list number');
      out[out.length - 1].role = 'list number';
    });
  });
  return out;
})
`;
