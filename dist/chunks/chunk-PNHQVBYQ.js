import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  summarise
} from "./chunk-VMCOGDTS.js";
import {
  checkFile,
  checkSegmentFile,
  collectSecrets,
  loadSegmentFiles,
  loadSpecFiles,
  markDuplicateIds,
  readSpec,
  redactText,
  releaseCoverageFinding,
  segmentKindOf,
  segmentsFor
} from "./chunk-MJ7KIQFN.js";

// src/flows/validate-files.ts
async function runValidation(options) {
  const load = { cwd: options.cwd, druidVersion: options.config.druidVersion };
  const folders = options.segmentFolders;
  const isSegmentFile = (shown) => folders !== void 0 && segmentKindOf(shown, folders) !== void 0;
  const [loaded, segments] = await Promise.all([
    options.paths.length > 0 ? loadSpecFiles(options.paths, { ...load, exclude: isSegmentFile }) : [],
    folders ? loadSegmentFiles(folders, load) : Promise.resolve([])
  ]);
  const given = (options.given ?? []).map((file) => readSpec(file.path, file.bytes, load.druidVersion));
  const specs = given.length > 0 ? markDuplicateIds([...loaded, ...given]) : loaded;
  const secrets = /* @__PURE__ */ new Set();
  for (const spec of specs) if (spec.document) collectSecrets(spec.document.value, secrets);
  const segmentsOf = segmentsFor(segments);
  const release = releaseCoverageFinding(options.config.druidVersion, options.config.druidVersionAt);
  const files = [
    ...release ? [
      {
        file: options.config.druidVersionAt?.file ?? ".druid-gitops.yml",
        supervisor: null,
        findings: [release]
      }
    ] : [],
    ...specs.map((spec) => {
      const datasource = spec.document ? segmentsOf(spec.document.value) : void 0;
      return scrub(checkFile(spec, options.config, datasource ? { segments: datasource } : {}), secrets);
    }),
    ...segments.map((file) => checkSegmentFile(file, options.config))
  ];
  return { report: summarise(files), specs, segments };
}
function scrub(file, secrets) {
  if (secrets.size === 0) return file;
  return {
    ...file,
    findings: file.findings.map((finding) => ({ ...finding, message: redactText(finding.message, secrets) }))
  };
}

export {
  runValidation
};
