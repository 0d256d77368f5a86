import type { FastifySwaggerUiOptions } from '@fastify/swagger-ui';

/*
 * /docs: Swagger UI's configuration. Its plugins run in the browser: @fastify/swagger-ui writes each function's
 * source into the page. They are written as JavaScript source here, not as TypeScript functions, because a
 * compiled function's source may call the compiler's helpers (tsx adds `__name(…)`), which the page lacks.
 */

/** A Swagger UI plugin: a function of the UI's `system`, from its page-side source. */
const pagePlugin = (source: string) => new Function('system', source) as (system: unknown) => Record<string, unknown>;

/** Swagger UI's default plugin, kept: `plugins` replaces the default list. */
const downloadUrl = pagePlugin('return SwaggerUIBundle.plugins.DownloadUrl(system);');

/**
 * Swagger UI resolves a part of an OpenAPI 3.1 document (the security schemes as the page loads, an operation as it
 * opens) by converting the whole document it is given to ApiDOM first: for this document that took most of the 4 s
 * the page needed to draw, and about a second for every operation opened. A part resolves exactly the same against
 * a document holding only its own path and the components its `$ref`s reach, at any depth: that is what it is given.
 * A `$ref` outside `#/components/<kind>/<name>` (the document has none; the docs test holds it to that) gets the
 * whole document.
 */
const resolveAgainstComponents = pagePlugin(`
  const client = SwaggerUIBundle.plugins.SwaggerClient({ configs: {}, getConfigs: () => system.getConfigs() });
  const reduced = (spec, path) => {
    const components = {};
    const pending = [];
    if (path[0] === 'paths') pending.push(spec.paths?.[path[1]]);
    else if (path[0] === 'components' && path.length >= 2) pending.push((components[path[1]] = spec.components?.[path[1]]));
    else return spec;
    while (pending.length > 0) {
      const node = pending.pop();
      if (node === null || typeof node !== 'object') continue;
      if (typeof node.$ref === 'string') {
        const match = /^#\\/components\\/([^/]+)\\/([^/]+)$/.exec(node.$ref);
        if (!match) return spec;
        const kind = match[1];
        const name = match[2].replace(/~1/g, '/').replace(/~0/g, '~');
        const target = spec.components?.[kind]?.[name];
        if (target !== undefined && components[kind]?.[name] === undefined) {
          components[kind] = { ...components[kind], [name]: target };
          pending.push(target);
        }
      }
      pending.push(...Object.values(node));
    }
    return { ...spec, paths: path[0] === 'paths' ? { [path[1]]: spec.paths[path[1]] } : {}, components };
  };
  return { fn: { resolveSubtree: (spec, path, options) => client.fn.resolveSubtree(reduced(spec, path), path, options) } };
`);

/** Tags collapsed and the models section hidden: /docs draws the operation list only, and an operation on opening. */
export const docsUi: FastifySwaggerUiOptions = {
  routePrefix: '/docs',
  uiConfig: { docExpansion: 'none', defaultModelsExpandDepth: -1, plugins: [downloadUrl, resolveAgainstComponents] },
};
