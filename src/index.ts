/**
 * hookproof: verify signed webhooks from AI video and media generation APIs.
 *
 * Each provider has its own subpath (`hookproof/eversince`, …) exporting
 * `verify`, `sign` and its event types; the root exports them as namespaces,
 * with the error class and the primitives to define a provider of your own.
 *
 * @example
 * ```ts
 * import { eversince, isWebhookVerificationError } from 'hookproof'
 *
 * const event = await eversince.verify(request, { secret })
 * ```
 *
 * @module
 */
// <providers> written by scripts/providers.mjs from src/providers/: do not edit by hand
export {
  adsumo,
  apivideo,
  assemblyai,
  baseten,
  bfl,
  bunny,
  cartesia,
  cloudflarestream,
  cloudinary,
  deepgram,
  elevenlabs,
  eversince,
  fal,
  gemini,
  hume,
  ideogram,
  imagekit,
  kie,
  livekit,
  livepeer,
  lumenfall,
  magichour,
  mux,
  openrouter,
  pollo,
  pubsub,
  remotion,
  removebgvideo,
  replicate,
  retell,
  sns,
  standardwebhooks,
  syncso,
  synthesia,
  twelvelabs,
  twilio,
  uploadcare,
  vapi,
  videopilot,
  wavespeed,
} from './registry.js'
export type {
  AdsumoDelivery,
  AdsumoEvent,
  AdsumoEventName,
  AdsumoGeneration,
  AdsumoGenerationCompleted,
  AdsumoGenerationFailed,
  AdsumoGenerationType,
} from './providers/adsumo.js'
export type {
  ApiVideoBroadcastEnded,
  ApiVideoBroadcastStarted,
  ApiVideoCaptionGenerated,
  ApiVideoDelivery,
  ApiVideoEncoding,
  ApiVideoEncodingQualityCompleted,
  ApiVideoEvent,
  ApiVideoEventFields,
  ApiVideoEventName,
  ApiVideoQuality,
  ApiVideoSourceRecorded,
  ApiVideoSummaryGenerated,
  ApiVideoVerifyOptions,
} from './providers/apivideo.js'
export type {
  AssemblyAIEvent,
  AssemblyAIRedactedAudioReady,
  AssemblyAISignOptions,
  AssemblyAIStreamingSession,
  AssemblyAIStreamingTurn,
  AssemblyAITranscriptReady,
  AssemblyAIVerifyOptions,
} from './providers/assemblyai.js'
export type {
  BasetenApiBillingUsage,
  BasetenAsyncError,
  BasetenAsyncErrorCode,
  BasetenAsyncRequestCompleted,
  BasetenBillingUsage,
  BasetenDelivery,
  BasetenEvent,
  BasetenEventName,
  BasetenSignOptions,
} from './providers/baseten.js'
export type { BFLDelivery, BFLError, BFLEvent, BFLReady, BFLResult, BFLStatus } from './providers/bfl.js'
export type { BunnyEvent, BunnyVideoStatus } from './providers/bunny.js'
export type {
  CartesiaCall,
  CartesiaCallCompleted,
  CartesiaCallFailed,
  CartesiaCallStarted,
  CartesiaCallStatus,
  CartesiaCallTurn,
  CartesiaDelivery,
  CartesiaEndReason,
  CartesiaEvent,
  CartesiaEventName,
  CartesiaPostCallAnalysis,
  CartesiaTurn,
} from './providers/cartesia.js'
export type {
  CloudflareStreamDelivery,
  CloudflareStreamErrorCode,
  CloudflareStreamEvent,
  CloudflareStreamVideo,
  CloudflareStreamVideoState,
  CloudflareStreamVideoStatus,
} from './providers/cloudflarestream.js'
export type {
  CloudinaryDeleteNotification,
  CloudinaryDeletedResource,
  CloudinaryDelivery,
  CloudinaryDeliveryType,
  CloudinaryDerivedAsset,
  CloudinaryEagerNotification,
  CloudinaryEvent,
  CloudinaryEventName,
  CloudinaryModerationNotification,
  CloudinaryModerationStatus,
  CloudinaryNotification,
  CloudinaryNotificationContext,
  CloudinaryRenameNotification,
  CloudinaryResourceType,
  CloudinarySignOptions,
  CloudinaryUploadNotification,
} from './providers/cloudinary.js'
export type { DeepgramAlternative, DeepgramEvent, DeepgramMetadata, DeepgramWord } from './providers/deepgram.js'
export type {
  ElevenLabsCallInitiationFailure,
  ElevenLabsDelivery,
  ElevenLabsEvent,
  ElevenLabsEventMap,
  ElevenLabsEventName,
  ElevenLabsPostCallAudio,
  ElevenLabsPostCallTranscription,
  ElevenLabsSpeechToText,
} from './providers/elevenlabs.js'
export type {
  EversinceAsset,
  EversinceDelivery,
  EversinceEvent,
  EversinceEventName,
  EversinceEventOf,
  EversinceProject,
  EversinceScene,
  EversinceStatus,
  EversinceTimeline,
} from './providers/eversince.js'
export type { FalDelivery, FalEvent, FalResultError, FalResultOk, FalSignOptions, FalVerifyOptions } from './providers/fal.js'
export type {
  GeminiBatchSucceeded,
  GeminiDelivery,
  GeminiEvent,
  GeminiEventData,
  GeminiEventName,
  GeminiFailed,
  GeminiSignOptions,
  GeminiStateChange,
  GeminiVerifyOptions,
  GeminiVideoGenerated,
} from './providers/gemini.js'
export type {
  HumeChatEndReason,
  HumeChatEnded,
  HumeChatFields,
  HumeChatStarted,
  HumeDelivery,
  HumeEvent,
  HumeEventName,
  HumeToolCall,
  HumeToolCallMessage,
} from './providers/hume.js'
export type { IdeogramDelivery, IdeogramEvent, IdeogramImage, IdeogramSignOptions, IdeogramVerifyOptions } from './providers/ideogram.js'
export type {
  ImageKitDelivery,
  ImageKitEnvelope,
  ImageKitEvent,
  ImageKitEventName,
  ImageKitFile,
  ImageKitFileEventName,
  ImageKitPostTransformRequest,
  ImageKitPostTransformation,
  ImageKitPreTransformRequest,
  ImageKitSignOptions,
  ImageKitTransformationError,
  ImageKitUploadPostTransformError,
  ImageKitUploadPostTransformSuccess,
  ImageKitUploadPreTransformError,
  ImageKitUploadPreTransformSuccess,
  ImageKitVideoRequest,
  ImageKitVideoTransformation,
  ImageKitVideoTransformationAccepted,
  ImageKitVideoTransformationData,
  ImageKitVideoTransformationError,
  ImageKitVideoTransformationOptions,
  ImageKitVideoTransformationReady,
  ImageKitVideoTransformationType,
} from './providers/imagekit.js'
export type { KieCallback, KieCallbackData } from './providers/kie.js'
export type {
  LiveKitAgentJobEvent,
  LiveKitDelivery,
  LiveKitEgressEvent,
  LiveKitEvent,
  LiveKitEventName,
  LiveKitIngressEvent,
  LiveKitParticipant,
  LiveKitParticipantEvent,
  LiveKitRoom,
  LiveKitRoomEvent,
  LiveKitSignOptions,
  LiveKitTrack,
  LiveKitTrackEvent,
  LiveKitVerifyOptions,
} from './providers/livekit.js'
export type {
  LivepeerAsset,
  LivepeerAssetEvent,
  LivepeerAssetEventName,
  LivepeerAssetPhase,
  LivepeerAssetSource,
  LivepeerDelivery,
  LivepeerEnvelope,
  LivepeerEvent,
  LivepeerEventName,
  LivepeerRecordedSession,
  LivepeerRecordingReady,
  LivepeerRecordingStarted,
  LivepeerRecordingStatus,
  LivepeerRecordingWaiting,
  LivepeerSession,
  LivepeerStream,
  LivepeerStreamDetection,
  LivepeerStreamEvent,
  LivepeerTask,
  LivepeerTaskEvent,
  LivepeerTaskInfo,
  LivepeerTaskOutcome,
  LivepeerTaskPhase,
  LivepeerTaskType,
} from './providers/livepeer.js'
export type {
  LumenfallDelivery,
  LumenfallEvent,
  LumenfallEventName,
  LumenfallSignOptions,
  LumenfallVideoCompleted,
  LumenfallVideoEnded,
  LumenfallVideoGeneration,
} from './providers/lumenfall.js'
export type {
  MagicHourAudioErrorCode,
  MagicHourAudioProject,
  MagicHourAudioType,
  MagicHourDelivery,
  MagicHourDownload,
  MagicHourError,
  MagicHourEvent,
  MagicHourEventName,
  MagicHourEventOf,
  MagicHourImageErrorCode,
  MagicHourImageProject,
  MagicHourImageType,
  MagicHourProjectBase,
  MagicHourStatus,
  MagicHourVideoErrorCode,
  MagicHourVideoProject,
  MagicHourVideoType,
} from './providers/magichour.js'
export type {
  MuxAsset,
  MuxAssetEventName,
  MuxDelivery,
  MuxEnvelope,
  MuxEvent,
  MuxEventName,
  MuxOtherEventName,
  MuxUnknownEvent,
  MuxUpload,
  MuxUploadEventName,
} from './providers/mux.js'
export type {
  OpenRouterDelivery,
  OpenRouterEvent,
  OpenRouterEventName,
  OpenRouterVideoJob,
  OpenRouterVideoStatus,
} from './providers/openrouter.js'
export type { PolloDelivery, PolloEvent, PolloSignOptions, PolloTaskStatus } from './providers/pollo.js'
export type { PubSubMessage, PubSubPush, PubSubSignOptions, PubSubVerifyOptions } from './providers/pubsub.js'
export type {
  RemotionDelivery,
  RemotionErrorEvent,
  RemotionEvent,
  RemotionEventName,
  RemotionLambdaError,
  RemotionRender,
  RemotionSignOptions,
  RemotionSuccessEvent,
  RemotionTimeoutEvent,
} from './providers/remotion.js'
export type {
  RemoveBGVideoEvent,
  RemoveBGVideoEventName,
  RemoveBGVideoJob,
  RemoveBGVideoJobStatus,
  RemoveBGVideoSignOptions,
} from './providers/removebgvideo.js'
export type {
  ReplicateDelivery,
  ReplicateEvent,
  ReplicatePrediction,
  ReplicatePredictionStatus,
  ReplicateSignOptions,
} from './providers/replicate.js'
export type {
  RetellCall,
  RetellCallBase,
  RetellCallEvent,
  RetellCallEventName,
  RetellChat,
  RetellChatEvent,
  RetellChatEventName,
  RetellDelivery,
  RetellEvent,
  RetellEventName,
  RetellPhoneCall,
  RetellWebCall,
} from './providers/retell.js'
export type {
  SnsMessage,
  SnsMessageBase,
  SnsNotification,
  SnsOptions,
  SnsSubscriptionConfirmation,
  SnsUnsignedMessage,
  SnsUnsubscribeConfirmation,
} from './providers/sns.js'
export type { StandardWebhooksEvent, StandardWebhooksSignOptions, StandardWebhooksVerify } from './providers/standardwebhooks.js'
export type { SyncSoDelivery, SyncSoEvent, SyncSoGeneration, SyncSoInput, SyncSoModel, SyncSoWebhookStatus } from './providers/syncso.js'
export type { SynthesiaDelivery, SynthesiaEvent, SynthesiaEventName, SynthesiaVideo, SynthesiaVideoStatus } from './providers/synthesia.js'
export type {
  TwelveLabsAnalyzeTask,
  TwelveLabsDelivery,
  TwelveLabsEvent,
  TwelveLabsEventMap,
  TwelveLabsEventName,
  TwelveLabsIndexTask,
  TwelveLabsModel,
} from './providers/twelvelabs.js'
export type {
  TwilioCallStatus,
  TwilioLocations,
  TwilioMessageStatus,
  TwilioMessagingRequest,
  TwilioRequest,
  TwilioSignOptions,
  TwilioVerifyOptions,
  TwilioVoiceRequest,
} from './providers/twilio.js'
export type {
  UploadcareAppdataEntry,
  UploadcareEvent,
  UploadcareEventName,
  UploadcareFile,
  UploadcareHook,
  UploadcareImageInfo,
} from './providers/uploadcare.js'
export type {
  VapiAssistantRequest,
  VapiCall,
  VapiConversationUpdate,
  VapiEndOfCallReport,
  VapiEvent,
  VapiHang,
  VapiKnownMessage,
  VapiOtherMessage,
  VapiSignOptions,
  VapiSpeechUpdate,
  VapiStatusUpdate,
  VapiToolCalls,
  VapiTranscript,
  VapiTransferDestinationRequest,
  VapiVerifyOptions,
} from './providers/vapi.js'
export type {
  VideoPilotDelivery,
  VideoPilotEvent,
  VideoPilotEventMap,
  VideoPilotEventName,
  VideoPilotGenerationFailed,
  VideoPilotMediaReady,
  VideoPilotQuality,
  VideoPilotRenderCompleted,
  VideoPilotRenderFailed,
  VideoPilotRenderStarted,
  VideoPilotScriptReady,
} from './providers/videopilot.js'
export type {
  WaveSpeedDelivery,
  WaveSpeedEvent,
  WaveSpeedSignOptions,
  WaveSpeedTask,
  WaveSpeedTaskCompleted,
  WaveSpeedTaskFailed,
  WaveSpeedTaskStatus,
} from './providers/wavespeed.js'
// </providers>

export { isWebhookVerificationError, WebhookVerificationError } from './errors.js'
export { detectProviders } from './receive/detect.js'
export { toProblem, toResponse } from './http/problem.js'
export { memoryStore } from './once/memory.js'
export type { MemoryStoreOptions } from './once/memory.js'
export { claimDelivery, deliveryKey, handleOnce, StoreUnavailableError } from './once/once.js'
export type { Claim, Handled, OnceOptions } from './once/once.js'
export type { ClaimState, DeliveryStore } from './once/store.js'
export type { Problem, ProblemResponse } from './http/problem.js'
export { receive } from './receive/receive.js'
export type { Received, ReceiveOptions, ReceiveOptionsOf, ReceiveProviders } from './receive/receive.js'
export type { ProviderId } from './registry.js'
export type { WebhookVerificationErrorCode, WebhookVerificationStatus } from './errors.js'
export { DEFAULT_MAX_BODY_BYTES } from './http/body.js'
export type { BodyOptions } from './http/body.js'
export type { ObserveOptions, VerifyReport } from './http/observe.js'

export { defineProvider } from './pipeline/define.js'
export type {
  DefinitionFields,
  EventKey,
  EventNames,
  EventOf,
  IsKnownEvent,
  Provider,
  ProviderDefinition,
  Sign,
  SignedDelivery,
  SignOptionsOf,
  UnknownEvent,
  Verify,
  VerifiedOf,
  VerifyOptionsOf,
} from './pipeline/definition.js'
export type { CredentialVerifyOptions, SignOptions, UntimedVerifyOptions, VerifyOptions } from './pipeline/options.js'
export type { CheckOptions, NoTimestampOptions, SignTimeOptions } from './time/tolerance.js'
export type { SecretOptions, SigningSecretOptions } from './schemes/secret.js'
export { hmacHexScheme, hmacScheme } from './schemes/hmac.js'
export type {
  HmacHexScheme,
  HmacHexSchemeOptions,
  HmacHexSignsTime,
  HmacScheme,
  HmacSchemeOptions,
  HmacSignsTime,
  HmacTimestamp,
} from './schemes/hmac.js'
export { schemeByKeyOption } from './schemes/by-key-option.js'
export type { ChosenKey, ChosenSigned, KeyedChoice, KeyOptionScheme } from './schemes/by-key-option.js'
export { credentialScheme, MAX_CREDENTIAL_BYTES } from './schemes/credential.js'
export type {
  CredentialForm,
  CredentialHeaderOptions,
  CredentialKey,
  CredentialOptions,
  CredentialScheme,
  CredentialSchemeOptions,
  CredentialSigned,
  SigningCredentialOptions,
} from './schemes/credential.js'
export { jwtScheme } from './schemes/jwt.js'
export { MAX_JWT_CHARS } from './schemes/jwt-token.js'
export type { JwtAlgorithm, JwtKey, JwtKeyOptions, JwtScheme, JwtSchemeOptions, JwtSigned, JwtSignOptions } from './schemes/jwt.js'
export { jwtJwksScheme } from './schemes/jwt-jwks.js'
export type {
  IdentityClaim,
  JwksJwtAlgorithm,
  JwtJwksKey,
  JwtJwksScheme,
  JwtJwksSchemeOptions,
  JwtJwksSigned,
  JwtJwksSignOptions,
  JwtJwksVerifyOptions,
} from './schemes/jwt-jwks.js'
export type { KeySource } from './schemes/key-source.js'
export { keyedDigestScheme } from './schemes/keyed-digest.js'
export type { KeyedDigestScheme, KeyedDigestSchemeOptions, KeyedDigestSigned, KeyedDigestSignOptions } from './schemes/keyed-digest.js'
export { secretByHeader } from './schemes/secret-by-header.js'
export type {
  SecretByHeaderConfig,
  SecretByHeaderOptions,
  SecretByHeaderScheme,
  SecretByHeaderSignOptions,
  SecretFor,
} from './schemes/secret-by-header.js'
export type { HashName } from './crypto/engine.js'
export { base64Signature, hexSignature } from './encoding/signature.js'
export type { SignatureEncoding } from './encoding/signature.js'
export type { AnyScheme, HeaderSets, Scheme, SignedContent, SignedTimestamp, SignKeysOf, VerifyKeysOf } from './schemes/scheme.js'
export { signedFieldScheme } from './schemes/signed-field.js'
export { urlFormScheme } from './schemes/url-form.js'
export type {
  SignedUrlOptions,
  UrlFormKey,
  UrlFormScheme,
  UrlFormSchemeOptions,
  UrlFormSigned,
  UrlFormSignOptions,
  UrlFormVerifyOptions,
} from './schemes/url-form.js'
export { formBody } from './encoding/form.js'
export type { BodyFormat } from './encoding/body-format.js'
export { snsCertificateHost, snsScheme } from './schemes/sns.js'
export type { SnsKey, SnsMessageType, SnsScheme, SnsSigned, SnsSignOptions, SnsVerifyOptions } from './schemes/sns.js'
export { spkiOfCertificate } from './crypto/x509.js'
export type { SignedFieldOptions } from './schemes/signed-field.js'
export { stripeStyleScheme } from './schemes/stripe-style.js'
export type { StripeStyleScheme, StripeStyleSchemeOptions, StripeStyleSignsTime } from './schemes/stripe-style.js'
export { standardWebhooksScheme } from './schemes/standard-webhooks.js'
export type {
  StandardWebhooksKey,
  StandardWebhooksScheme,
  StandardWebhooksSchemeOptions,
  StandardWebhooksSigned,
} from './schemes/standard-webhooks.js'
export { ed25519JwksScheme } from './schemes/ed25519-jwks.js'
export type {
  Ed25519JwksScheme,
  Ed25519JwksSchemeOptions,
  Ed25519JwksSignOptions,
  Ed25519JwksVerifyOptions,
  Ed25519KeySource,
  Ed25519Signed,
  SignedField,
} from './schemes/ed25519-jwks.js'
export { signEd25519, verifyEd25519 } from './crypto/ed25519.js'
export type { CryptoKeyLike, Ed25519PrivateKey } from './crypto/ed25519.js'
export type { Jwk } from './crypto/jwk.js'
export { signRs256 } from './crypto/rsa.js'
export type { RsaPrivateKey } from './crypto/rsa.js'
export type { RsaPublicKey } from './crypto/rsa-key.js'
export type { RsaSigningKey } from './crypto/key-set.js'
export type { ByteStreamReader } from './bounded-read.js'
export type { FetchLike, JwksResponse } from './crypto/jwks-body.js'
export type { JwksSource } from './crypto/jwks.js'
export type { JsonWebKeySet } from './crypto/key-set.js'
export type { KeyHint } from './schemes/secret.js'
export { hmacSha256, hmacSha256Hex, verifyHmacSha256 } from './crypto/hmac.js'
export type { Part } from './encoding/utf8.js'
export type { Secret } from './crypto/engine.js'
export { isoDateTime, unixMilliseconds, unixSeconds } from './time/formats.js'
export type { TimestampFormat } from './time/formats.js'
export type { Tolerance } from './time/tolerance.js'
export type { RawBody, RequestLike, WebhookInput, WebhookParts } from './http/input.js'
export type { HeaderRecord, HeaderSource, HeadersLike, HeaderLookup } from './http/headers.js'
