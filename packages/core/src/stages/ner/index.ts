// Barrel: Parley's statistical named-entity tagger (averaged perceptron, hashed features).
export { NER_LABELS, NER_TYPES, N_LABELS, labelsToSpans, tagsToLabels, tagType, type NerType, type NerLabel, type NerTokenSpan } from "./labels.js";
export { FEATURES_VERSION, FeatureExtractor, normaliseWord, wordShape, REGISTER_NONE, REGISTER_NEWS, REGISTER_WEB, REGISTER_SEEDS, type GazetteerHook, type ClusterHook } from "./features.js";
export { detectRegister, registerCues, type NerRegister, type RegisterCues } from "./register.js";
export { NerModel, type NerDecoder, type NerModelJSON, type NerModelOptions } from "./model.js";
export { PackedWeights } from "./scorer.js";
export { NerTrainer, type NerTrainerOptions } from "./trainer.js";
export { nerStage, tagSentences, taggerWord, NER_LAYER, NER_MODEL_RESOURCE, type NerMention } from "./stage.js";
export { GAZ, NER_GAZETTEER_FILES, buildNerGazetteer, buildNerGazetteerTable, gazetteerHook, encodeGazetteerTable, decodeGazetteerTable, decodeClusterTable, encodeClusterTable, loadNerGazetteerLists, parseNameList, type NerGazetteerLists } from "./gazetteer.js";
