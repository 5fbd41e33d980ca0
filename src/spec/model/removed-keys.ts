/**
 * Keys that some Druid release read (or wrote) and current releases silently drop, with what to
 * know about each. The validator uses this when it meets the key anywhere in a spec. The keys that
 * had a fixed home are also modelled there as fields with `removedIn`.
 */
export const removedKeys: Readonly<Record<string, string>> = {
  skipOffsetGaps:
    'an ioConfig field removed in 0.15.0 by #6496 "Support kafka transactional topics"; today Druid ignores it anywhere. Offset continuity is handled by transactional topics and isolation.level.',
  buildV9Directly: 'a tuningConfig field removed in 0.22.0 by #11351; Druid always builds v9 segments.',
  basePersistDirectory:
    'a tuningConfig field dropped from the spec in 25.0.0 by #13040; tasks persist under their own task directory.',
  chatThreads:
    'a tuningConfig field removed in 28.0.0 by #14692 together with the synchronous supervisor-to-task client.',
  chatAsync:
    'a tuningConfig flag of 25.0.0–27.0.0 removed in 28.0.0 by #14692; the task client is always asynchronous.',
  autoscalerConfig:
    'a misspelling that Druid 0.22.x wrote in GET output (#12317); Druid reads only "autoScalerConfig", so this copy is lost when the spec is submitted again.',
  compressRunOnSerialization:
    'a roaring bitmap option removed in 26.0.0 by #13889; Druid always applies run-length compression.',
  useNestedColumnIndexerForSchemaDiscovery:
    'a dimensionsSpec flag that existed only during 26.0.0 development; use "useSchemaDiscovery".',
  parser:
    'dataSchema.parser was removed in 37.0.0 by #19173: Druid refuses a spec with one (400). Read rows with ioConfig.inputFormat and put timestampSpec and dimensionsSpec in dataSchema.',
  multiTopic:
    'a pre-release ioConfig flag (28.0.0 development); use "topicPattern" for multi-topic ingestion.',
};
