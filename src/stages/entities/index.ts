export { recognizeEntities, type RecognizeOptions } from './recognize.js';
export { mergeEntities, type DocEntities } from './canonical.js';
export { eventPlaces } from './places.js';
export { loadGazetteer, foldPlaceName, type Gazetteer } from './gazetteer.js';
export { foldName, skeletonKey, nameSimilarity, isSpellingVariant } from './keys.js';
