/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const wukf = $root.wukf = (() => {

    /**
     * Namespace wukf.
     * @exports wukf
     * @namespace
     */
    const wukf = {};

    wukf.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof wukf
         * @namespace
         */
        const v1 = {};

        v1.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} wukf.v1.Envelope.$Properties
             * @property {number|null} [version] Envelope version
             * @property {number|null} [ref] Envelope ref
             * @property {wukf.v1.Hello.$Properties|null} [hello] Envelope hello
             * @property {wukf.v1.OpenConversation.$Properties|null} [openConversation] Envelope openConversation
             * @property {wukf.v1.SendMessage.$Properties|null} [sendMessage] Envelope sendMessage
             * @property {wukf.v1.MarkReceipt.$Properties|null} [markReceipt] Envelope markReceipt
             * @property {wukf.v1.Typing.$Properties|null} [typing] Envelope typing
             * @property {wukf.v1.SetPresence.$Properties|null} [setPresence] Envelope setPresence
             * @property {wukf.v1.ClaimConversation.$Properties|null} [claimConversation] Envelope claimConversation
             * @property {wukf.v1.CloseConversation.$Properties|null} [closeConversation] Envelope closeConversation
             * @property {wukf.v1.TransferConversation.$Properties|null} [transferConversation] Envelope transferConversation
             * @property {wukf.v1.HistoryRequest.$Properties|null} [historyRequest] Envelope historyRequest
             * @property {wukf.v1.WatchConversation.$Properties|null} [watchConversation] Envelope watchConversation
             * @property {wukf.v1.QueueRequest.$Properties|null} [queueRequest] Envelope queueRequest
             * @property {wukf.v1.AcceptConversation.$Properties|null} [acceptConversation] Envelope acceptConversation
             * @property {wukf.v1.DashboardRequest.$Properties|null} [dashboardRequest] Envelope dashboardRequest
             * @property {wukf.v1.FollowUpRequest.$Properties|null} [followUpRequest] Envelope followUpRequest
             * @property {wukf.v1.Welcome.$Properties|null} [welcome] Envelope welcome
             * @property {wukf.v1.MessageAck.$Properties|null} [messageAck] Envelope messageAck
             * @property {wukf.v1.MessageEvent.$Properties|null} [message] Envelope message
             * @property {wukf.v1.ReceiptEvent.$Properties|null} [receipt] Envelope receipt
             * @property {wukf.v1.TypingEvent.$Properties|null} [typingEvent] Envelope typingEvent
             * @property {wukf.v1.PresenceEvent.$Properties|null} [presence] Envelope presence
             * @property {wukf.v1.ConversationEvent.$Properties|null} [conversation] Envelope conversation
             * @property {wukf.v1.QueueEvent.$Properties|null} [queue] Envelope queue
             * @property {wukf.v1.HistoryPage.$Properties|null} [historyPage] Envelope historyPage
             * @property {wukf.v1.ReplayDone.$Properties|null} [replayDone] Envelope replayDone
             * @property {wukf.v1.Error.$Properties|null} [error] Envelope error
             * @property {wukf.v1.DashboardEvent.$Properties|null} [dashboard] Envelope dashboard
             * @property {wukf.v1.FollowUpPage.$Properties|null} [followUpPage] Envelope followUpPage
             * @property {wukf.v1.FollowUpsChanged.$Properties|null} [followUpsChanged] Envelope followUpsChanged
             * @property {"hello"|"openConversation"|"sendMessage"|"markReceipt"|"typing"|"setPresence"|"claimConversation"|"closeConversation"|"transferConversation"|"historyRequest"|"watchConversation"|"queueRequest"|"acceptConversation"|"dashboardRequest"|"followUpRequest"|"welcome"|"messageAck"|"message"|"receipt"|"typingEvent"|"presence"|"conversation"|"queue"|"historyPage"|"replayDone"|"error"|"dashboard"|"followUpPage"|"followUpsChanged"} [body] Envelope body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof wukf.v1
             * @interface IEnvelope
             * @augments wukf.v1.Envelope.$Properties
             * @deprecated Use wukf.v1.Envelope.$Properties instead.
             */

            /**
             * Narrowed shape of an Envelope.
             * @typedef {{
             *   version?: number|null;
             *   ref?: number|null;
             *   hello?: wukf.v1.Hello.$Shape|null;
             *   openConversation?: wukf.v1.OpenConversation.$Shape|null;
             *   sendMessage?: wukf.v1.SendMessage.$Shape|null;
             *   markReceipt?: wukf.v1.MarkReceipt.$Shape|null;
             *   typing?: wukf.v1.Typing.$Shape|null;
             *   setPresence?: wukf.v1.SetPresence.$Shape|null;
             *   claimConversation?: wukf.v1.ClaimConversation.$Shape|null;
             *   closeConversation?: wukf.v1.CloseConversation.$Shape|null;
             *   transferConversation?: wukf.v1.TransferConversation.$Shape|null;
             *   historyRequest?: wukf.v1.HistoryRequest.$Shape|null;
             *   watchConversation?: wukf.v1.WatchConversation.$Shape|null;
             *   queueRequest?: wukf.v1.QueueRequest.$Shape|null;
             *   acceptConversation?: wukf.v1.AcceptConversation.$Shape|null;
             *   dashboardRequest?: wukf.v1.DashboardRequest.$Shape|null;
             *   followUpRequest?: wukf.v1.FollowUpRequest.$Shape|null;
             *   welcome?: wukf.v1.Welcome.$Shape|null;
             *   messageAck?: wukf.v1.MessageAck.$Shape|null;
             *   message?: wukf.v1.MessageEvent.$Shape|null;
             *   receipt?: wukf.v1.ReceiptEvent.$Shape|null;
             *   typingEvent?: wukf.v1.TypingEvent.$Shape|null;
             *   presence?: wukf.v1.PresenceEvent.$Shape|null;
             *   conversation?: wukf.v1.ConversationEvent.$Shape|null;
             *   queue?: wukf.v1.QueueEvent.$Shape|null;
             *   historyPage?: wukf.v1.HistoryPage.$Shape|null;
             *   replayDone?: wukf.v1.ReplayDone.$Shape|null;
             *   error?: wukf.v1.Error.$Shape|null;
             *   dashboard?: wukf.v1.DashboardEvent.$Shape|null;
             *   followUpPage?: wukf.v1.FollowUpPage.$Shape|null;
             *   followUpsChanged?: wukf.v1.FollowUpsChanged.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "hello"; hello: wukf.v1.Hello.$Shape; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "openConversation"; hello?: null; openConversation: wukf.v1.OpenConversation.$Shape; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "sendMessage"; hello?: null; openConversation?: null; sendMessage: wukf.v1.SendMessage.$Shape; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "markReceipt"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt: wukf.v1.MarkReceipt.$Shape; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "typing"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing: wukf.v1.Typing.$Shape; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "setPresence"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence: wukf.v1.SetPresence.$Shape; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "claimConversation"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation: wukf.v1.ClaimConversation.$Shape; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "closeConversation"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation: wukf.v1.CloseConversation.$Shape; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "transferConversation"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation: wukf.v1.TransferConversation.$Shape; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "historyRequest"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest: wukf.v1.HistoryRequest.$Shape; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "watchConversation"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation: wukf.v1.WatchConversation.$Shape; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "queueRequest"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest: wukf.v1.QueueRequest.$Shape; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "acceptConversation"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation: wukf.v1.AcceptConversation.$Shape; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "dashboardRequest"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest: wukf.v1.DashboardRequest.$Shape; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "followUpRequest"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest: wukf.v1.FollowUpRequest.$Shape; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "welcome"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome: wukf.v1.Welcome.$Shape; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "messageAck"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck: wukf.v1.MessageAck.$Shape; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "message"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message: wukf.v1.MessageEvent.$Shape; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "receipt"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt: wukf.v1.ReceiptEvent.$Shape; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "typingEvent"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent: wukf.v1.TypingEvent.$Shape; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "presence"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence: wukf.v1.PresenceEvent.$Shape; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "conversation"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation: wukf.v1.ConversationEvent.$Shape; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "queue"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue: wukf.v1.QueueEvent.$Shape; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "historyPage"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage: wukf.v1.HistoryPage.$Shape; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "replayDone"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone: wukf.v1.ReplayDone.$Shape; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "error"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error: wukf.v1.Error.$Shape; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "dashboard"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard: wukf.v1.DashboardEvent.$Shape; followUpPage?: null; followUpsChanged?: null }|{ body?: "followUpPage"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage: wukf.v1.FollowUpPage.$Shape; followUpsChanged?: null }|{ body?: "followUpsChanged"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged: wukf.v1.FollowUpsChanged.$Shape })
             * )} wukf.v1.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof wukf.v1
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {wukf.v1.Envelope.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Envelope version.
             * @member {number} version
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.version = 0;

            /**
             * Envelope ref.
             * @member {number} ref
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.ref = 0;

            /**
             * Envelope hello.
             * @member {wukf.v1.Hello.$Properties|null|undefined} hello
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.hello = null;

            /**
             * Envelope openConversation.
             * @member {wukf.v1.OpenConversation.$Properties|null|undefined} openConversation
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.openConversation = null;

            /**
             * Envelope sendMessage.
             * @member {wukf.v1.SendMessage.$Properties|null|undefined} sendMessage
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.sendMessage = null;

            /**
             * Envelope markReceipt.
             * @member {wukf.v1.MarkReceipt.$Properties|null|undefined} markReceipt
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.markReceipt = null;

            /**
             * Envelope typing.
             * @member {wukf.v1.Typing.$Properties|null|undefined} typing
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.typing = null;

            /**
             * Envelope setPresence.
             * @member {wukf.v1.SetPresence.$Properties|null|undefined} setPresence
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.setPresence = null;

            /**
             * Envelope claimConversation.
             * @member {wukf.v1.ClaimConversation.$Properties|null|undefined} claimConversation
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.claimConversation = null;

            /**
             * Envelope closeConversation.
             * @member {wukf.v1.CloseConversation.$Properties|null|undefined} closeConversation
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.closeConversation = null;

            /**
             * Envelope transferConversation.
             * @member {wukf.v1.TransferConversation.$Properties|null|undefined} transferConversation
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.transferConversation = null;

            /**
             * Envelope historyRequest.
             * @member {wukf.v1.HistoryRequest.$Properties|null|undefined} historyRequest
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.historyRequest = null;

            /**
             * Envelope watchConversation.
             * @member {wukf.v1.WatchConversation.$Properties|null|undefined} watchConversation
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.watchConversation = null;

            /**
             * Envelope queueRequest.
             * @member {wukf.v1.QueueRequest.$Properties|null|undefined} queueRequest
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.queueRequest = null;

            /**
             * Envelope acceptConversation.
             * @member {wukf.v1.AcceptConversation.$Properties|null|undefined} acceptConversation
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.acceptConversation = null;

            /**
             * Envelope dashboardRequest.
             * @member {wukf.v1.DashboardRequest.$Properties|null|undefined} dashboardRequest
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.dashboardRequest = null;

            /**
             * Envelope followUpRequest.
             * @member {wukf.v1.FollowUpRequest.$Properties|null|undefined} followUpRequest
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.followUpRequest = null;

            /**
             * Envelope welcome.
             * @member {wukf.v1.Welcome.$Properties|null|undefined} welcome
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.welcome = null;

            /**
             * Envelope messageAck.
             * @member {wukf.v1.MessageAck.$Properties|null|undefined} messageAck
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.messageAck = null;

            /**
             * Envelope message.
             * @member {wukf.v1.MessageEvent.$Properties|null|undefined} message
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.message = null;

            /**
             * Envelope receipt.
             * @member {wukf.v1.ReceiptEvent.$Properties|null|undefined} receipt
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.receipt = null;

            /**
             * Envelope typingEvent.
             * @member {wukf.v1.TypingEvent.$Properties|null|undefined} typingEvent
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.typingEvent = null;

            /**
             * Envelope presence.
             * @member {wukf.v1.PresenceEvent.$Properties|null|undefined} presence
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.presence = null;

            /**
             * Envelope conversation.
             * @member {wukf.v1.ConversationEvent.$Properties|null|undefined} conversation
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.conversation = null;

            /**
             * Envelope queue.
             * @member {wukf.v1.QueueEvent.$Properties|null|undefined} queue
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.queue = null;

            /**
             * Envelope historyPage.
             * @member {wukf.v1.HistoryPage.$Properties|null|undefined} historyPage
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.historyPage = null;

            /**
             * Envelope replayDone.
             * @member {wukf.v1.ReplayDone.$Properties|null|undefined} replayDone
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.replayDone = null;

            /**
             * Envelope error.
             * @member {wukf.v1.Error.$Properties|null|undefined} error
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.error = null;

            /**
             * Envelope dashboard.
             * @member {wukf.v1.DashboardEvent.$Properties|null|undefined} dashboard
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.dashboard = null;

            /**
             * Envelope followUpPage.
             * @member {wukf.v1.FollowUpPage.$Properties|null|undefined} followUpPage
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.followUpPage = null;

            /**
             * Envelope followUpsChanged.
             * @member {wukf.v1.FollowUpsChanged.$Properties|null|undefined} followUpsChanged
             * @memberof wukf.v1.Envelope
             * @instance
             */
            Envelope.prototype.followUpsChanged = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Envelope body.
             * @member {"hello"|"openConversation"|"sendMessage"|"markReceipt"|"typing"|"setPresence"|"claimConversation"|"closeConversation"|"transferConversation"|"historyRequest"|"watchConversation"|"queueRequest"|"acceptConversation"|"dashboardRequest"|"followUpRequest"|"welcome"|"messageAck"|"message"|"receipt"|"typingEvent"|"presence"|"conversation"|"queue"|"historyPage"|"replayDone"|"error"|"dashboard"|"followUpPage"|"followUpsChanged"|undefined} body
             * @memberof wukf.v1.Envelope
             * @instance
             */
            $Object.defineProperty(Envelope.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "openConversation", "sendMessage", "markReceipt", "typing", "setPresence", "claimConversation", "closeConversation", "transferConversation", "historyRequest", "watchConversation", "queueRequest", "acceptConversation", "dashboardRequest", "followUpRequest", "welcome", "messageAck", "message", "receipt", "typingEvent", "presence", "conversation", "queue", "historyPage", "replayDone", "error", "dashboard", "followUpPage", "followUpsChanged"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof wukf.v1.Envelope
             * @static
             * @param {wukf.v1.Envelope.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.Envelope} Envelope instance
             * @type {{
             *   (properties: wukf.v1.Envelope.$Shape): wukf.v1.Envelope & wukf.v1.Envelope.$Shape;
             *   (properties?: wukf.v1.Envelope.$Properties): wukf.v1.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link wukf.v1.Envelope.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.Envelope
             * @static
             * @param {wukf.v1.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref") && message.ref !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ref);
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.wukf.v1.Hello.encode(message.hello, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.openConversation != null && $Object.hasOwnProperty.call(message, "openConversation"))
                    $root.wukf.v1.OpenConversation.encode(message.openConversation, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.sendMessage != null && $Object.hasOwnProperty.call(message, "sendMessage"))
                    $root.wukf.v1.SendMessage.encode(message.sendMessage, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.markReceipt != null && $Object.hasOwnProperty.call(message, "markReceipt"))
                    $root.wukf.v1.MarkReceipt.encode(message.markReceipt, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.typing != null && $Object.hasOwnProperty.call(message, "typing"))
                    $root.wukf.v1.Typing.encode(message.typing, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.setPresence != null && $Object.hasOwnProperty.call(message, "setPresence"))
                    $root.wukf.v1.SetPresence.encode(message.setPresence, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.claimConversation != null && $Object.hasOwnProperty.call(message, "claimConversation"))
                    $root.wukf.v1.ClaimConversation.encode(message.claimConversation, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.closeConversation != null && $Object.hasOwnProperty.call(message, "closeConversation"))
                    $root.wukf.v1.CloseConversation.encode(message.closeConversation, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.transferConversation != null && $Object.hasOwnProperty.call(message, "transferConversation"))
                    $root.wukf.v1.TransferConversation.encode(message.transferConversation, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.historyRequest != null && $Object.hasOwnProperty.call(message, "historyRequest"))
                    $root.wukf.v1.HistoryRequest.encode(message.historyRequest, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.watchConversation != null && $Object.hasOwnProperty.call(message, "watchConversation"))
                    $root.wukf.v1.WatchConversation.encode(message.watchConversation, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.queueRequest != null && $Object.hasOwnProperty.call(message, "queueRequest"))
                    $root.wukf.v1.QueueRequest.encode(message.queueRequest, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.acceptConversation != null && $Object.hasOwnProperty.call(message, "acceptConversation"))
                    $root.wukf.v1.AcceptConversation.encode(message.acceptConversation, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.dashboardRequest != null && $Object.hasOwnProperty.call(message, "dashboardRequest"))
                    $root.wukf.v1.DashboardRequest.encode(message.dashboardRequest, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.followUpRequest != null && $Object.hasOwnProperty.call(message, "followUpRequest"))
                    $root.wukf.v1.FollowUpRequest.encode(message.followUpRequest, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome"))
                    $root.wukf.v1.Welcome.encode(message.welcome, writer.uint32(/* id 40, wireType 2 =*/322).fork(), _depth + 1).ldelim();
                if (message.messageAck != null && $Object.hasOwnProperty.call(message, "messageAck"))
                    $root.wukf.v1.MessageAck.encode(message.messageAck, writer.uint32(/* id 41, wireType 2 =*/330).fork(), _depth + 1).ldelim();
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    $root.wukf.v1.MessageEvent.encode(message.message, writer.uint32(/* id 42, wireType 2 =*/338).fork(), _depth + 1).ldelim();
                if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt"))
                    $root.wukf.v1.ReceiptEvent.encode(message.receipt, writer.uint32(/* id 43, wireType 2 =*/346).fork(), _depth + 1).ldelim();
                if (message.typingEvent != null && $Object.hasOwnProperty.call(message, "typingEvent"))
                    $root.wukf.v1.TypingEvent.encode(message.typingEvent, writer.uint32(/* id 44, wireType 2 =*/354).fork(), _depth + 1).ldelim();
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                    $root.wukf.v1.PresenceEvent.encode(message.presence, writer.uint32(/* id 45, wireType 2 =*/362).fork(), _depth + 1).ldelim();
                if (message.conversation != null && $Object.hasOwnProperty.call(message, "conversation"))
                    $root.wukf.v1.ConversationEvent.encode(message.conversation, writer.uint32(/* id 46, wireType 2 =*/370).fork(), _depth + 1).ldelim();
                if (message.queue != null && $Object.hasOwnProperty.call(message, "queue"))
                    $root.wukf.v1.QueueEvent.encode(message.queue, writer.uint32(/* id 47, wireType 2 =*/378).fork(), _depth + 1).ldelim();
                if (message.historyPage != null && $Object.hasOwnProperty.call(message, "historyPage"))
                    $root.wukf.v1.HistoryPage.encode(message.historyPage, writer.uint32(/* id 48, wireType 2 =*/386).fork(), _depth + 1).ldelim();
                if (message.replayDone != null && $Object.hasOwnProperty.call(message, "replayDone"))
                    $root.wukf.v1.ReplayDone.encode(message.replayDone, writer.uint32(/* id 49, wireType 2 =*/394).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.wukf.v1.Error.encode(message.error, writer.uint32(/* id 50, wireType 2 =*/402).fork(), _depth + 1).ldelim();
                if (message.dashboard != null && $Object.hasOwnProperty.call(message, "dashboard"))
                    $root.wukf.v1.DashboardEvent.encode(message.dashboard, writer.uint32(/* id 51, wireType 2 =*/410).fork(), _depth + 1).ldelim();
                if (message.followUpPage != null && $Object.hasOwnProperty.call(message, "followUpPage"))
                    $root.wukf.v1.FollowUpPage.encode(message.followUpPage, writer.uint32(/* id 52, wireType 2 =*/418).fork(), _depth + 1).ldelim();
                if (message.followUpsChanged != null && $Object.hasOwnProperty.call(message, "followUpsChanged"))
                    $root.wukf.v1.FollowUpsChanged.encode(message.followUpsChanged, writer.uint32(/* id 53, wireType 2 =*/426).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.Envelope & wukf.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.Envelope();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ref = value;
                            else
                                delete message.ref;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.hello = $root.wukf.v1.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            message.body = "hello";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.openConversation = $root.wukf.v1.OpenConversation.decode(reader, reader.size(), $undefined, _depth + 1, message.openConversation);
                            message.body = "openConversation";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.sendMessage = $root.wukf.v1.SendMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.sendMessage);
                            message.body = "sendMessage";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.markReceipt = $root.wukf.v1.MarkReceipt.decode(reader, reader.size(), $undefined, _depth + 1, message.markReceipt);
                            message.body = "markReceipt";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.typing = $root.wukf.v1.Typing.decode(reader, reader.size(), $undefined, _depth + 1, message.typing);
                            message.body = "typing";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.setPresence = $root.wukf.v1.SetPresence.decode(reader, reader.size(), $undefined, _depth + 1, message.setPresence);
                            message.body = "setPresence";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.claimConversation = $root.wukf.v1.ClaimConversation.decode(reader, reader.size(), $undefined, _depth + 1, message.claimConversation);
                            message.body = "claimConversation";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.closeConversation = $root.wukf.v1.CloseConversation.decode(reader, reader.size(), $undefined, _depth + 1, message.closeConversation);
                            message.body = "closeConversation";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.transferConversation = $root.wukf.v1.TransferConversation.decode(reader, reader.size(), $undefined, _depth + 1, message.transferConversation);
                            message.body = "transferConversation";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.historyRequest = $root.wukf.v1.HistoryRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.historyRequest);
                            message.body = "historyRequest";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.watchConversation = $root.wukf.v1.WatchConversation.decode(reader, reader.size(), $undefined, _depth + 1, message.watchConversation);
                            message.body = "watchConversation";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.queueRequest = $root.wukf.v1.QueueRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.queueRequest);
                            message.body = "queueRequest";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.acceptConversation = $root.wukf.v1.AcceptConversation.decode(reader, reader.size(), $undefined, _depth + 1, message.acceptConversation);
                            message.body = "acceptConversation";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.dashboardRequest = $root.wukf.v1.DashboardRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.dashboardRequest);
                            message.body = "dashboardRequest";
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.followUpRequest = $root.wukf.v1.FollowUpRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.followUpRequest);
                            message.body = "followUpRequest";
                            continue;
                        }
                    case 40: {
                            if (wireType !== 2)
                                break;
                            message.welcome = $root.wukf.v1.Welcome.decode(reader, reader.size(), $undefined, _depth + 1, message.welcome);
                            message.body = "welcome";
                            continue;
                        }
                    case 41: {
                            if (wireType !== 2)
                                break;
                            message.messageAck = $root.wukf.v1.MessageAck.decode(reader, reader.size(), $undefined, _depth + 1, message.messageAck);
                            message.body = "messageAck";
                            continue;
                        }
                    case 42: {
                            if (wireType !== 2)
                                break;
                            message.message = $root.wukf.v1.MessageEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                            message.body = "message";
                            continue;
                        }
                    case 43: {
                            if (wireType !== 2)
                                break;
                            message.receipt = $root.wukf.v1.ReceiptEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.receipt);
                            message.body = "receipt";
                            continue;
                        }
                    case 44: {
                            if (wireType !== 2)
                                break;
                            message.typingEvent = $root.wukf.v1.TypingEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.typingEvent);
                            message.body = "typingEvent";
                            continue;
                        }
                    case 45: {
                            if (wireType !== 2)
                                break;
                            message.presence = $root.wukf.v1.PresenceEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.presence);
                            message.body = "presence";
                            continue;
                        }
                    case 46: {
                            if (wireType !== 2)
                                break;
                            message.conversation = $root.wukf.v1.ConversationEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.conversation);
                            message.body = "conversation";
                            continue;
                        }
                    case 47: {
                            if (wireType !== 2)
                                break;
                            message.queue = $root.wukf.v1.QueueEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.queue);
                            message.body = "queue";
                            continue;
                        }
                    case 48: {
                            if (wireType !== 2)
                                break;
                            message.historyPage = $root.wukf.v1.HistoryPage.decode(reader, reader.size(), $undefined, _depth + 1, message.historyPage);
                            message.body = "historyPage";
                            continue;
                        }
                    case 49: {
                            if (wireType !== 2)
                                break;
                            message.replayDone = $root.wukf.v1.ReplayDone.decode(reader, reader.size(), $undefined, _depth + 1, message.replayDone);
                            message.body = "replayDone";
                            continue;
                        }
                    case 50: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.wukf.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.body = "error";
                            continue;
                        }
                    case 51: {
                            if (wireType !== 2)
                                break;
                            message.dashboard = $root.wukf.v1.DashboardEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.dashboard);
                            message.body = "dashboard";
                            continue;
                        }
                    case 52: {
                            if (wireType !== 2)
                                break;
                            message.followUpPage = $root.wukf.v1.FollowUpPage.decode(reader, reader.size(), $undefined, _depth + 1, message.followUpPage);
                            message.body = "followUpPage";
                            continue;
                        }
                    case 53: {
                            if (wireType !== 2)
                                break;
                            message.followUpsChanged = $root.wukf.v1.FollowUpsChanged.decode(reader, reader.size(), $undefined, _depth + 1, message.followUpsChanged);
                            message.body = "followUpsChanged";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Envelope;
        })();

        /**
         * ParticipantKind enum.
         * @name wukf.v1.ParticipantKind
         * @enum {number}
         * @property {number} PARTICIPANT_KIND_UNSPECIFIED=0 PARTICIPANT_KIND_UNSPECIFIED value
         * @property {number} PARTICIPANT_KIND_VISITOR=1 PARTICIPANT_KIND_VISITOR value
         * @property {number} PARTICIPANT_KIND_AGENT=2 PARTICIPANT_KIND_AGENT value
         * @property {number} PARTICIPANT_KIND_ADMIN=3 PARTICIPANT_KIND_ADMIN value
         * @property {number} PARTICIPANT_KIND_SYSTEM=4 PARTICIPANT_KIND_SYSTEM value
         */
        v1.ParticipantKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PARTICIPANT_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PARTICIPANT_KIND_VISITOR"] = 1;
            values[valuesById[2] = "PARTICIPANT_KIND_AGENT"] = 2;
            values[valuesById[3] = "PARTICIPANT_KIND_ADMIN"] = 3;
            values[valuesById[4] = "PARTICIPANT_KIND_SYSTEM"] = 4;
            return values;
        })();

        v1.Participant = (function() {

            /**
             * Properties of a Participant.
             * @typedef {Object} wukf.v1.Participant.$Properties
             * @property {wukf.v1.ParticipantKind|null} [kind] Participant kind
             * @property {string|null} [id] Participant id
             * @property {string|null} [displayName] Participant displayName
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Participant.
             * @memberof wukf.v1
             * @interface IParticipant
             * @augments wukf.v1.Participant.$Properties
             * @deprecated Use wukf.v1.Participant.$Properties instead.
             */

            /**
             * Shape of a Participant.
             * @typedef {wukf.v1.Participant.$Properties} wukf.v1.Participant.$Shape
             */

            /**
             * Constructs a new Participant.
             * @memberof wukf.v1
             * @classdesc Represents a Participant.
             * @constructor
             * @param {wukf.v1.Participant.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Participant = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Participant kind.
             * @member {wukf.v1.ParticipantKind} kind
             * @memberof wukf.v1.Participant
             * @instance
             */
            Participant.prototype.kind = 0;

            /**
             * Participant id.
             * @member {string} id
             * @memberof wukf.v1.Participant
             * @instance
             */
            Participant.prototype.id = "";

            /**
             * Participant displayName.
             * @member {string} displayName
             * @memberof wukf.v1.Participant
             * @instance
             */
            Participant.prototype.displayName = "";

            /**
             * Creates a new Participant instance using the specified properties.
             * @function create
             * @memberof wukf.v1.Participant
             * @static
             * @param {wukf.v1.Participant.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.Participant} Participant instance
             * @type {{
             *   (properties: wukf.v1.Participant.$Shape): wukf.v1.Participant & wukf.v1.Participant.$Shape;
             *   (properties?: wukf.v1.Participant.$Properties): wukf.v1.Participant;
             * }}
             */
            Participant.create = function(properties) {
                return new Participant(properties);
            };

            /**
             * Encodes the specified Participant message. Does not implicitly {@link wukf.v1.Participant.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.Participant
             * @static
             * @param {wukf.v1.Participant.$Properties} message Participant message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Participant.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.id);
                if (message.displayName != null && $Object.hasOwnProperty.call(message, "displayName") && message.displayName !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.displayName);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Participant message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.Participant
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.Participant & wukf.v1.Participant.$Shape} Participant
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Participant.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.Participant();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.displayName = value;
                            else
                                delete message.displayName;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Participant;
        })();

        /**
         * ConversationState enum.
         * @name wukf.v1.ConversationState
         * @enum {number}
         * @property {number} CONVERSATION_STATE_UNSPECIFIED=0 CONVERSATION_STATE_UNSPECIFIED value
         * @property {number} CONVERSATION_STATE_QUEUED=1 CONVERSATION_STATE_QUEUED value
         * @property {number} CONVERSATION_STATE_ACTIVE=2 CONVERSATION_STATE_ACTIVE value
         * @property {number} CONVERSATION_STATE_CLOSED=3 CONVERSATION_STATE_CLOSED value
         */
        v1.ConversationState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CONVERSATION_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CONVERSATION_STATE_QUEUED"] = 1;
            values[valuesById[2] = "CONVERSATION_STATE_ACTIVE"] = 2;
            values[valuesById[3] = "CONVERSATION_STATE_CLOSED"] = 3;
            return values;
        })();

        /**
         * ReceiptKind enum.
         * @name wukf.v1.ReceiptKind
         * @enum {number}
         * @property {number} RECEIPT_KIND_UNSPECIFIED=0 RECEIPT_KIND_UNSPECIFIED value
         * @property {number} RECEIPT_KIND_DELIVERED=1 RECEIPT_KIND_DELIVERED value
         * @property {number} RECEIPT_KIND_READ=2 RECEIPT_KIND_READ value
         */
        v1.ReceiptKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RECEIPT_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RECEIPT_KIND_DELIVERED"] = 1;
            values[valuesById[2] = "RECEIPT_KIND_READ"] = 2;
            return values;
        })();

        /**
         * PresenceStatus enum.
         * @name wukf.v1.PresenceStatus
         * @enum {number}
         * @property {number} PRESENCE_STATUS_UNSPECIFIED=0 PRESENCE_STATUS_UNSPECIFIED value
         * @property {number} PRESENCE_STATUS_ONLINE=1 PRESENCE_STATUS_ONLINE value
         * @property {number} PRESENCE_STATUS_AWAY=2 PRESENCE_STATUS_AWAY value
         * @property {number} PRESENCE_STATUS_OFFLINE=3 PRESENCE_STATUS_OFFLINE value
         */
        v1.PresenceStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PRESENCE_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PRESENCE_STATUS_ONLINE"] = 1;
            values[valuesById[2] = "PRESENCE_STATUS_AWAY"] = 2;
            values[valuesById[3] = "PRESENCE_STATUS_OFFLINE"] = 3;
            return values;
        })();

        v1.Cursor = (function() {

            /**
             * Properties of a Cursor.
             * @typedef {Object} wukf.v1.Cursor.$Properties
             * @property {string|null} [conversationId] Cursor conversationId
             * @property {number|null} [lastSeq] Cursor lastSeq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Cursor.
             * @memberof wukf.v1
             * @interface ICursor
             * @augments wukf.v1.Cursor.$Properties
             * @deprecated Use wukf.v1.Cursor.$Properties instead.
             */

            /**
             * Shape of a Cursor.
             * @typedef {wukf.v1.Cursor.$Properties} wukf.v1.Cursor.$Shape
             */

            /**
             * Constructs a new Cursor.
             * @memberof wukf.v1
             * @classdesc Represents a Cursor.
             * @constructor
             * @param {wukf.v1.Cursor.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Cursor = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Cursor conversationId.
             * @member {string} conversationId
             * @memberof wukf.v1.Cursor
             * @instance
             */
            Cursor.prototype.conversationId = "";

            /**
             * Cursor lastSeq.
             * @member {number} lastSeq
             * @memberof wukf.v1.Cursor
             * @instance
             */
            Cursor.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Cursor instance using the specified properties.
             * @function create
             * @memberof wukf.v1.Cursor
             * @static
             * @param {wukf.v1.Cursor.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.Cursor} Cursor instance
             * @type {{
             *   (properties: wukf.v1.Cursor.$Shape): wukf.v1.Cursor & wukf.v1.Cursor.$Shape;
             *   (properties?: wukf.v1.Cursor.$Properties): wukf.v1.Cursor;
             * }}
             */
            Cursor.create = function(properties) {
                return new Cursor(properties);
            };

            /**
             * Encodes the specified Cursor message. Does not implicitly {@link wukf.v1.Cursor.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.Cursor
             * @static
             * @param {wukf.v1.Cursor.$Properties} message Cursor message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Cursor.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.lastSeq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Cursor message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.Cursor
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.Cursor & wukf.v1.Cursor.$Shape} Cursor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Cursor.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.Cursor();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeq = value;
                            else
                                delete message.lastSeq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Cursor;
        })();

        v1.Watermark = (function() {

            /**
             * Properties of a Watermark.
             * @typedef {Object} wukf.v1.Watermark.$Properties
             * @property {wukf.v1.Participant.$Properties|null} [participant] Watermark participant
             * @property {number|null} [deliveredSeq] Watermark deliveredSeq
             * @property {number|null} [readSeq] Watermark readSeq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Watermark.
             * @memberof wukf.v1
             * @interface IWatermark
             * @augments wukf.v1.Watermark.$Properties
             * @deprecated Use wukf.v1.Watermark.$Properties instead.
             */

            /**
             * Shape of a Watermark.
             * @typedef {wukf.v1.Watermark.$Properties} wukf.v1.Watermark.$Shape
             */

            /**
             * Constructs a new Watermark.
             * @memberof wukf.v1
             * @classdesc Represents a Watermark.
             * @constructor
             * @param {wukf.v1.Watermark.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Watermark = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Watermark participant.
             * @member {wukf.v1.Participant.$Properties|null|undefined} participant
             * @memberof wukf.v1.Watermark
             * @instance
             */
            Watermark.prototype.participant = null;

            /**
             * Watermark deliveredSeq.
             * @member {number} deliveredSeq
             * @memberof wukf.v1.Watermark
             * @instance
             */
            Watermark.prototype.deliveredSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Watermark readSeq.
             * @member {number} readSeq
             * @memberof wukf.v1.Watermark
             * @instance
             */
            Watermark.prototype.readSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Watermark instance using the specified properties.
             * @function create
             * @memberof wukf.v1.Watermark
             * @static
             * @param {wukf.v1.Watermark.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.Watermark} Watermark instance
             * @type {{
             *   (properties: wukf.v1.Watermark.$Shape): wukf.v1.Watermark & wukf.v1.Watermark.$Shape;
             *   (properties?: wukf.v1.Watermark.$Properties): wukf.v1.Watermark;
             * }}
             */
            Watermark.create = function(properties) {
                return new Watermark(properties);
            };

            /**
             * Encodes the specified Watermark message. Does not implicitly {@link wukf.v1.Watermark.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.Watermark
             * @static
             * @param {wukf.v1.Watermark.$Properties} message Watermark message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Watermark.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.participant != null && $Object.hasOwnProperty.call(message, "participant"))
                    $root.wukf.v1.Participant.encode(message.participant, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.deliveredSeq != null && $Object.hasOwnProperty.call(message, "deliveredSeq") && (typeof message.deliveredSeq === "object" ? message.deliveredSeq.low || message.deliveredSeq.high : message.deliveredSeq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.deliveredSeq);
                if (message.readSeq != null && $Object.hasOwnProperty.call(message, "readSeq") && (typeof message.readSeq === "object" ? message.readSeq.low || message.readSeq.high : message.readSeq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.readSeq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Watermark message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.Watermark
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.Watermark & wukf.v1.Watermark.$Shape} Watermark
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Watermark.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.Watermark();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.participant = $root.wukf.v1.Participant.decode(reader, reader.size(), $undefined, _depth + 1, message.participant);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.deliveredSeq = value;
                            else
                                delete message.deliveredSeq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.readSeq = value;
                            else
                                delete message.readSeq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Watermark;
        })();

        v1.ConversationSnapshot = (function() {

            /**
             * Properties of a ConversationSnapshot.
             * @typedef {Object} wukf.v1.ConversationSnapshot.$Properties
             * @property {string|null} [id] ConversationSnapshot id
             * @property {wukf.v1.ConversationState|null} [state] ConversationSnapshot state
             * @property {wukf.v1.Participant.$Properties|null} [visitor] ConversationSnapshot visitor
             * @property {wukf.v1.Participant.$Properties|null} [agent] ConversationSnapshot agent
             * @property {string|null} [language] ConversationSnapshot language
             * @property {Array.<string>|null} [skills] ConversationSnapshot skills
             * @property {Object.<string,string>|null} [context] ConversationSnapshot context
             * @property {number|null} [lastSeq] ConversationSnapshot lastSeq
             * @property {Array.<wukf.v1.Watermark.$Properties>|null} [watermarks] ConversationSnapshot watermarks
             * @property {number|null} [createdAtMs] ConversationSnapshot createdAtMs
             * @property {number|null} [updatedAtMs] ConversationSnapshot updatedAtMs
             * @property {string|null} [group] ConversationSnapshot group
             * @property {number|null} [priority] ConversationSnapshot priority
             * @property {wukf.v1.Assignment.$Properties|null} [assignment] ConversationSnapshot assignment
             * @property {number|null} [offerExpiresAtMs] ConversationSnapshot offerExpiresAtMs
             * @property {boolean|null} [visitorLeft] ConversationSnapshot visitorLeft
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConversationSnapshot.
             * @memberof wukf.v1
             * @interface IConversationSnapshot
             * @augments wukf.v1.ConversationSnapshot.$Properties
             * @deprecated Use wukf.v1.ConversationSnapshot.$Properties instead.
             */

            /**
             * Shape of a ConversationSnapshot.
             * @typedef {wukf.v1.ConversationSnapshot.$Properties} wukf.v1.ConversationSnapshot.$Shape
             */

            /**
             * Constructs a new ConversationSnapshot.
             * @memberof wukf.v1
             * @classdesc Represents a ConversationSnapshot.
             * @constructor
             * @param {wukf.v1.ConversationSnapshot.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConversationSnapshot = function (properties) {
                this.skills = [];
                this.context = {};
                this.watermarks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConversationSnapshot id.
             * @member {string} id
             * @memberof wukf.v1.ConversationSnapshot
             * @instance
             */
            ConversationSnapshot.prototype.id = "";

            /**
             * ConversationSnapshot state.
             * @member {wukf.v1.ConversationState} state
             * @memberof wukf.v1.ConversationSnapshot
             * @instance
             */
            ConversationSnapshot.prototype.state = 0;

            /**
             * ConversationSnapshot visitor.
             * @member {wukf.v1.Participant.$Properties|null|undefined} visitor
             * @memberof wukf.v1.ConversationSnapshot
             * @instance
             */
            ConversationSnapshot.prototype.visitor = null;

            /**
             * ConversationSnapshot agent.
             * @member {wukf.v1.Participant.$Properties|null|undefined} agent
             * @memberof wukf.v1.ConversationSnapshot
             * @instance
             */
            ConversationSnapshot.prototype.agent = null;

            /**
             * ConversationSnapshot language.
             * @member {string} language
             * @memberof wukf.v1.ConversationSnapshot
             * @instance
             */
            ConversationSnapshot.prototype.language = "";

            /**
             * ConversationSnapshot skills.
             * @member {Array.<string>} skills
             * @memberof wukf.v1.ConversationSnapshot
             * @instance
             */
            ConversationSnapshot.prototype.skills = $util.emptyArray;

            /**
             * ConversationSnapshot context.
             * @member {Object.<string,string>} context
             * @memberof wukf.v1.ConversationSnapshot
             * @instance
             */
            ConversationSnapshot.prototype.context = $util.emptyObject;

            /**
             * ConversationSnapshot lastSeq.
             * @member {number} lastSeq
             * @memberof wukf.v1.ConversationSnapshot
             * @instance
             */
            ConversationSnapshot.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ConversationSnapshot watermarks.
             * @member {Array.<wukf.v1.Watermark.$Properties>} watermarks
             * @memberof wukf.v1.ConversationSnapshot
             * @instance
             */
            ConversationSnapshot.prototype.watermarks = $util.emptyArray;

            /**
             * ConversationSnapshot createdAtMs.
             * @member {number} createdAtMs
             * @memberof wukf.v1.ConversationSnapshot
             * @instance
             */
            ConversationSnapshot.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ConversationSnapshot updatedAtMs.
             * @member {number} updatedAtMs
             * @memberof wukf.v1.ConversationSnapshot
             * @instance
             */
            ConversationSnapshot.prototype.updatedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ConversationSnapshot group.
             * @member {string} group
             * @memberof wukf.v1.ConversationSnapshot
             * @instance
             */
            ConversationSnapshot.prototype.group = "";

            /**
             * ConversationSnapshot priority.
             * @member {number} priority
             * @memberof wukf.v1.ConversationSnapshot
             * @instance
             */
            ConversationSnapshot.prototype.priority = 0;

            /**
             * ConversationSnapshot assignment.
             * @member {wukf.v1.Assignment.$Properties|null|undefined} assignment
             * @memberof wukf.v1.ConversationSnapshot
             * @instance
             */
            ConversationSnapshot.prototype.assignment = null;

            /**
             * ConversationSnapshot offerExpiresAtMs.
             * @member {number} offerExpiresAtMs
             * @memberof wukf.v1.ConversationSnapshot
             * @instance
             */
            ConversationSnapshot.prototype.offerExpiresAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ConversationSnapshot visitorLeft.
             * @member {boolean} visitorLeft
             * @memberof wukf.v1.ConversationSnapshot
             * @instance
             */
            ConversationSnapshot.prototype.visitorLeft = false;

            /**
             * Creates a new ConversationSnapshot instance using the specified properties.
             * @function create
             * @memberof wukf.v1.ConversationSnapshot
             * @static
             * @param {wukf.v1.ConversationSnapshot.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.ConversationSnapshot} ConversationSnapshot instance
             * @type {{
             *   (properties: wukf.v1.ConversationSnapshot.$Shape): wukf.v1.ConversationSnapshot & wukf.v1.ConversationSnapshot.$Shape;
             *   (properties?: wukf.v1.ConversationSnapshot.$Properties): wukf.v1.ConversationSnapshot;
             * }}
             */
            ConversationSnapshot.create = function(properties) {
                return new ConversationSnapshot(properties);
            };

            /**
             * Encodes the specified ConversationSnapshot message. Does not implicitly {@link wukf.v1.ConversationSnapshot.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.ConversationSnapshot
             * @static
             * @param {wukf.v1.ConversationSnapshot.$Properties} message ConversationSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConversationSnapshot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.state);
                if (message.visitor != null && $Object.hasOwnProperty.call(message, "visitor"))
                    $root.wukf.v1.Participant.encode(message.visitor, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.agent != null && $Object.hasOwnProperty.call(message, "agent"))
                    $root.wukf.v1.Participant.encode(message.agent, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.language != null && $Object.hasOwnProperty.call(message, "language") && message.language !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.language);
                if (message.skills != null && message.skills.length)
                    for (let i = 0; i < message.skills.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.skills[i]);
                if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                    for (let keys = $Object.keys(message.context), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.context[keys[i]]).ldelim();
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.lastSeq);
                if (message.watermarks != null && message.watermarks.length)
                    for (let i = 0; i < message.watermarks.length; ++i)
                        $root.wukf.v1.Watermark.encode(message.watermarks[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).int64(message.createdAtMs);
                if (message.updatedAtMs != null && $Object.hasOwnProperty.call(message, "updatedAtMs") && (typeof message.updatedAtMs === "object" ? message.updatedAtMs.low || message.updatedAtMs.high : message.updatedAtMs !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).int64(message.updatedAtMs);
                if (message.group != null && $Object.hasOwnProperty.call(message, "group") && message.group !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.group);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority") && message.priority !== 0)
                    writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.priority);
                if (message.assignment != null && $Object.hasOwnProperty.call(message, "assignment"))
                    $root.wukf.v1.Assignment.encode(message.assignment, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.offerExpiresAtMs != null && $Object.hasOwnProperty.call(message, "offerExpiresAtMs") && (typeof message.offerExpiresAtMs === "object" ? message.offerExpiresAtMs.low || message.offerExpiresAtMs.high : message.offerExpiresAtMs !== 0))
                    writer.uint32(/* id 15, wireType 0 =*/120).int64(message.offerExpiresAtMs);
                if (message.visitorLeft != null && $Object.hasOwnProperty.call(message, "visitorLeft") && message.visitorLeft !== false)
                    writer.uint32(/* id 16, wireType 0 =*/128).bool(message.visitorLeft);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConversationSnapshot message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.ConversationSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.ConversationSnapshot & wukf.v1.ConversationSnapshot.$Shape} ConversationSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConversationSnapshot.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.ConversationSnapshot();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.visitor = $root.wukf.v1.Participant.decode(reader, reader.size(), $undefined, _depth + 1, message.visitor);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.agent = $root.wukf.v1.Participant.decode(reader, reader.size(), $undefined, _depth + 1, message.agent);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.language = value;
                            else
                                delete message.language;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.skills && message.skills.length))
                                message.skills = [];
                            message.skills.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (message.context === $util.emptyObject)
                                message.context = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.context, key);
                            message.context[key] = value;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeq = value;
                            else
                                delete message.lastSeq;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.watermarks && message.watermarks.length))
                                message.watermarks = [];
                            message.watermarks.push($root.wukf.v1.Watermark.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.updatedAtMs = value;
                            else
                                delete message.updatedAtMs;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.group = value;
                            else
                                delete message.group;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.priority = value;
                            else
                                delete message.priority;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.assignment = $root.wukf.v1.Assignment.decode(reader, reader.size(), $undefined, _depth + 1, message.assignment);
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.offerExpiresAtMs = value;
                            else
                                delete message.offerExpiresAtMs;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.visitorLeft = value;
                            else
                                delete message.visitorLeft;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ConversationSnapshot;
        })();

        v1.ScoreBreakdown = (function() {

            /**
             * Properties of a ScoreBreakdown.
             * @typedef {Object} wukf.v1.ScoreBreakdown.$Properties
             * @property {string|null} [agent] ScoreBreakdown agent
             * @property {number|null} [total] ScoreBreakdown total
             * @property {number|null} [language] ScoreBreakdown language
             * @property {number|null} [skills] ScoreBreakdown skills
             * @property {number|null} [load] ScoreBreakdown load
             * @property {number|null} [shift] ScoreBreakdown shift
             * @property {number|null} [fairness] ScoreBreakdown fairness
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ScoreBreakdown.
             * @memberof wukf.v1
             * @interface IScoreBreakdown
             * @augments wukf.v1.ScoreBreakdown.$Properties
             * @deprecated Use wukf.v1.ScoreBreakdown.$Properties instead.
             */

            /**
             * Shape of a ScoreBreakdown.
             * @typedef {wukf.v1.ScoreBreakdown.$Properties} wukf.v1.ScoreBreakdown.$Shape
             */

            /**
             * Constructs a new ScoreBreakdown.
             * @memberof wukf.v1
             * @classdesc Represents a ScoreBreakdown.
             * @constructor
             * @param {wukf.v1.ScoreBreakdown.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ScoreBreakdown = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ScoreBreakdown agent.
             * @member {string} agent
             * @memberof wukf.v1.ScoreBreakdown
             * @instance
             */
            ScoreBreakdown.prototype.agent = "";

            /**
             * ScoreBreakdown total.
             * @member {number} total
             * @memberof wukf.v1.ScoreBreakdown
             * @instance
             */
            ScoreBreakdown.prototype.total = 0;

            /**
             * ScoreBreakdown language.
             * @member {number} language
             * @memberof wukf.v1.ScoreBreakdown
             * @instance
             */
            ScoreBreakdown.prototype.language = 0;

            /**
             * ScoreBreakdown skills.
             * @member {number} skills
             * @memberof wukf.v1.ScoreBreakdown
             * @instance
             */
            ScoreBreakdown.prototype.skills = 0;

            /**
             * ScoreBreakdown load.
             * @member {number} load
             * @memberof wukf.v1.ScoreBreakdown
             * @instance
             */
            ScoreBreakdown.prototype.load = 0;

            /**
             * ScoreBreakdown shift.
             * @member {number} shift
             * @memberof wukf.v1.ScoreBreakdown
             * @instance
             */
            ScoreBreakdown.prototype.shift = 0;

            /**
             * ScoreBreakdown fairness.
             * @member {number} fairness
             * @memberof wukf.v1.ScoreBreakdown
             * @instance
             */
            ScoreBreakdown.prototype.fairness = 0;

            /**
             * Creates a new ScoreBreakdown instance using the specified properties.
             * @function create
             * @memberof wukf.v1.ScoreBreakdown
             * @static
             * @param {wukf.v1.ScoreBreakdown.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.ScoreBreakdown} ScoreBreakdown instance
             * @type {{
             *   (properties: wukf.v1.ScoreBreakdown.$Shape): wukf.v1.ScoreBreakdown & wukf.v1.ScoreBreakdown.$Shape;
             *   (properties?: wukf.v1.ScoreBreakdown.$Properties): wukf.v1.ScoreBreakdown;
             * }}
             */
            ScoreBreakdown.create = function(properties) {
                return new ScoreBreakdown(properties);
            };

            /**
             * Encodes the specified ScoreBreakdown message. Does not implicitly {@link wukf.v1.ScoreBreakdown.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.ScoreBreakdown
             * @static
             * @param {wukf.v1.ScoreBreakdown.$Properties} message ScoreBreakdown message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ScoreBreakdown.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.agent != null && $Object.hasOwnProperty.call(message, "agent") && message.agent !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.agent);
                if (message.total != null && $Object.hasOwnProperty.call(message, "total") && !$Object.is(message.total, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.total);
                if (message.language != null && $Object.hasOwnProperty.call(message, "language") && !$Object.is(message.language, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.language);
                if (message.skills != null && $Object.hasOwnProperty.call(message, "skills") && !$Object.is(message.skills, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.skills);
                if (message.load != null && $Object.hasOwnProperty.call(message, "load") && !$Object.is(message.load, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.load);
                if (message.shift != null && $Object.hasOwnProperty.call(message, "shift") && !$Object.is(message.shift, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.shift);
                if (message.fairness != null && $Object.hasOwnProperty.call(message, "fairness") && !$Object.is(message.fairness, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.fairness);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ScoreBreakdown message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.ScoreBreakdown
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.ScoreBreakdown & wukf.v1.ScoreBreakdown.$Shape} ScoreBreakdown
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ScoreBreakdown.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.ScoreBreakdown();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agent = value;
                            else
                                delete message.agent;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.total = value;
                            else
                                delete message.total;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.language = value;
                            else
                                delete message.language;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.skills = value;
                            else
                                delete message.skills;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.load = value;
                            else
                                delete message.load;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.shift = value;
                            else
                                delete message.shift;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.fairness = value;
                            else
                                delete message.fairness;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ScoreBreakdown;
        })();

        v1.Assignment = (function() {

            /**
             * Properties of an Assignment.
             * @typedef {Object} wukf.v1.Assignment.$Properties
             * @property {string|null} [reason] Assignment reason
             * @property {wukf.v1.ScoreBreakdown.$Properties|null} [breakdown] Assignment breakdown
             * @property {string|null} [via] Assignment via
             * @property {boolean|null} [overCapacity] Assignment overCapacity
             * @property {number|null} [assignedAtMs] Assignment assignedAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Assignment.
             * @memberof wukf.v1
             * @interface IAssignment
             * @augments wukf.v1.Assignment.$Properties
             * @deprecated Use wukf.v1.Assignment.$Properties instead.
             */

            /**
             * Shape of an Assignment.
             * @typedef {wukf.v1.Assignment.$Properties} wukf.v1.Assignment.$Shape
             */

            /**
             * Constructs a new Assignment.
             * @memberof wukf.v1
             * @classdesc Represents an Assignment.
             * @constructor
             * @param {wukf.v1.Assignment.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Assignment = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Assignment reason.
             * @member {string} reason
             * @memberof wukf.v1.Assignment
             * @instance
             */
            Assignment.prototype.reason = "";

            /**
             * Assignment breakdown.
             * @member {wukf.v1.ScoreBreakdown.$Properties|null|undefined} breakdown
             * @memberof wukf.v1.Assignment
             * @instance
             */
            Assignment.prototype.breakdown = null;

            /**
             * Assignment via.
             * @member {string} via
             * @memberof wukf.v1.Assignment
             * @instance
             */
            Assignment.prototype.via = "";

            /**
             * Assignment overCapacity.
             * @member {boolean} overCapacity
             * @memberof wukf.v1.Assignment
             * @instance
             */
            Assignment.prototype.overCapacity = false;

            /**
             * Assignment assignedAtMs.
             * @member {number} assignedAtMs
             * @memberof wukf.v1.Assignment
             * @instance
             */
            Assignment.prototype.assignedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Assignment instance using the specified properties.
             * @function create
             * @memberof wukf.v1.Assignment
             * @static
             * @param {wukf.v1.Assignment.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.Assignment} Assignment instance
             * @type {{
             *   (properties: wukf.v1.Assignment.$Shape): wukf.v1.Assignment & wukf.v1.Assignment.$Shape;
             *   (properties?: wukf.v1.Assignment.$Properties): wukf.v1.Assignment;
             * }}
             */
            Assignment.create = function(properties) {
                return new Assignment(properties);
            };

            /**
             * Encodes the specified Assignment message. Does not implicitly {@link wukf.v1.Assignment.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.Assignment
             * @static
             * @param {wukf.v1.Assignment.$Properties} message Assignment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Assignment.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.reason);
                if (message.breakdown != null && $Object.hasOwnProperty.call(message, "breakdown"))
                    $root.wukf.v1.ScoreBreakdown.encode(message.breakdown, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.via != null && $Object.hasOwnProperty.call(message, "via") && message.via !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.via);
                if (message.overCapacity != null && $Object.hasOwnProperty.call(message, "overCapacity") && message.overCapacity !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.overCapacity);
                if (message.assignedAtMs != null && $Object.hasOwnProperty.call(message, "assignedAtMs") && (typeof message.assignedAtMs === "object" ? message.assignedAtMs.low || message.assignedAtMs.high : message.assignedAtMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.assignedAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Assignment message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.Assignment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.Assignment & wukf.v1.Assignment.$Shape} Assignment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Assignment.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.Assignment();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.breakdown = $root.wukf.v1.ScoreBreakdown.decode(reader, reader.size(), $undefined, _depth + 1, message.breakdown);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.via = value;
                            else
                                delete message.via;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.overCapacity = value;
                            else
                                delete message.overCapacity;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.assignedAtMs = value;
                            else
                                delete message.assignedAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Assignment;
        })();

        v1.Hello = (function() {

            /**
             * Properties of a Hello.
             * @typedef {Object} wukf.v1.Hello.$Properties
             * @property {string|null} [client] Hello client
             * @property {Array.<wukf.v1.Cursor.$Properties>|null} [cursors] Hello cursors
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hello.
             * @memberof wukf.v1
             * @interface IHello
             * @augments wukf.v1.Hello.$Properties
             * @deprecated Use wukf.v1.Hello.$Properties instead.
             */

            /**
             * Shape of a Hello.
             * @typedef {wukf.v1.Hello.$Properties} wukf.v1.Hello.$Shape
             */

            /**
             * Constructs a new Hello.
             * @memberof wukf.v1
             * @classdesc Represents a Hello.
             * @constructor
             * @param {wukf.v1.Hello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Hello = function (properties) {
                this.cursors = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Hello client.
             * @member {string} client
             * @memberof wukf.v1.Hello
             * @instance
             */
            Hello.prototype.client = "";

            /**
             * Hello cursors.
             * @member {Array.<wukf.v1.Cursor.$Properties>} cursors
             * @memberof wukf.v1.Hello
             * @instance
             */
            Hello.prototype.cursors = $util.emptyArray;

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof wukf.v1.Hello
             * @static
             * @param {wukf.v1.Hello.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.Hello} Hello instance
             * @type {{
             *   (properties: wukf.v1.Hello.$Shape): wukf.v1.Hello & wukf.v1.Hello.$Shape;
             *   (properties?: wukf.v1.Hello.$Properties): wukf.v1.Hello;
             * }}
             */
            Hello.create = function(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link wukf.v1.Hello.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.Hello
             * @static
             * @param {wukf.v1.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.client != null && $Object.hasOwnProperty.call(message, "client") && message.client !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.client);
                if (message.cursors != null && message.cursors.length)
                    for (let i = 0; i < message.cursors.length; ++i)
                        $root.wukf.v1.Cursor.encode(message.cursors[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.Hello & wukf.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.Hello();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.client = value;
                            else
                                delete message.client;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.cursors && message.cursors.length))
                                message.cursors = [];
                            message.cursors.push($root.wukf.v1.Cursor.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Hello;
        })();

        v1.OpenConversation = (function() {

            /**
             * Properties of an OpenConversation.
             * @typedef {Object} wukf.v1.OpenConversation.$Properties
             * @property {string|null} [conversationId] OpenConversation conversationId
             * @property {boolean|null} [continueLatest] OpenConversation continueLatest
             * @property {string|null} [language] OpenConversation language
             * @property {Array.<string>|null} [skills] OpenConversation skills
             * @property {Object.<string,string>|null} [context] OpenConversation context
             * @property {string|null} [group] OpenConversation group
             * @property {number|null} [priority] OpenConversation priority
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OpenConversation.
             * @memberof wukf.v1
             * @interface IOpenConversation
             * @augments wukf.v1.OpenConversation.$Properties
             * @deprecated Use wukf.v1.OpenConversation.$Properties instead.
             */

            /**
             * Shape of an OpenConversation.
             * @typedef {wukf.v1.OpenConversation.$Properties} wukf.v1.OpenConversation.$Shape
             */

            /**
             * Constructs a new OpenConversation.
             * @memberof wukf.v1
             * @classdesc Represents an OpenConversation.
             * @constructor
             * @param {wukf.v1.OpenConversation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OpenConversation = function (properties) {
                this.skills = [];
                this.context = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OpenConversation conversationId.
             * @member {string} conversationId
             * @memberof wukf.v1.OpenConversation
             * @instance
             */
            OpenConversation.prototype.conversationId = "";

            /**
             * OpenConversation continueLatest.
             * @member {boolean} continueLatest
             * @memberof wukf.v1.OpenConversation
             * @instance
             */
            OpenConversation.prototype.continueLatest = false;

            /**
             * OpenConversation language.
             * @member {string} language
             * @memberof wukf.v1.OpenConversation
             * @instance
             */
            OpenConversation.prototype.language = "";

            /**
             * OpenConversation skills.
             * @member {Array.<string>} skills
             * @memberof wukf.v1.OpenConversation
             * @instance
             */
            OpenConversation.prototype.skills = $util.emptyArray;

            /**
             * OpenConversation context.
             * @member {Object.<string,string>} context
             * @memberof wukf.v1.OpenConversation
             * @instance
             */
            OpenConversation.prototype.context = $util.emptyObject;

            /**
             * OpenConversation group.
             * @member {string} group
             * @memberof wukf.v1.OpenConversation
             * @instance
             */
            OpenConversation.prototype.group = "";

            /**
             * OpenConversation priority.
             * @member {number} priority
             * @memberof wukf.v1.OpenConversation
             * @instance
             */
            OpenConversation.prototype.priority = 0;

            /**
             * Creates a new OpenConversation instance using the specified properties.
             * @function create
             * @memberof wukf.v1.OpenConversation
             * @static
             * @param {wukf.v1.OpenConversation.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.OpenConversation} OpenConversation instance
             * @type {{
             *   (properties: wukf.v1.OpenConversation.$Shape): wukf.v1.OpenConversation & wukf.v1.OpenConversation.$Shape;
             *   (properties?: wukf.v1.OpenConversation.$Properties): wukf.v1.OpenConversation;
             * }}
             */
            OpenConversation.create = function(properties) {
                return new OpenConversation(properties);
            };

            /**
             * Encodes the specified OpenConversation message. Does not implicitly {@link wukf.v1.OpenConversation.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.OpenConversation
             * @static
             * @param {wukf.v1.OpenConversation.$Properties} message OpenConversation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OpenConversation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.continueLatest != null && $Object.hasOwnProperty.call(message, "continueLatest") && message.continueLatest !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.continueLatest);
                if (message.language != null && $Object.hasOwnProperty.call(message, "language") && message.language !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.language);
                if (message.skills != null && message.skills.length)
                    for (let i = 0; i < message.skills.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.skills[i]);
                if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                    for (let keys = $Object.keys(message.context), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.context[keys[i]]).ldelim();
                if (message.group != null && $Object.hasOwnProperty.call(message, "group") && message.group !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.group);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority") && message.priority !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.priority);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OpenConversation message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.OpenConversation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.OpenConversation & wukf.v1.OpenConversation.$Shape} OpenConversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OpenConversation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.OpenConversation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.continueLatest = value;
                            else
                                delete message.continueLatest;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.language = value;
                            else
                                delete message.language;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.skills && message.skills.length))
                                message.skills = [];
                            message.skills.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (message.context === $util.emptyObject)
                                message.context = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.context, key);
                            message.context[key] = value;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.group = value;
                            else
                                delete message.group;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.priority = value;
                            else
                                delete message.priority;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return OpenConversation;
        })();

        v1.SendMessage = (function() {

            /**
             * Properties of a SendMessage.
             * @typedef {Object} wukf.v1.SendMessage.$Properties
             * @property {string|null} [conversationId] SendMessage conversationId
             * @property {string|null} [clientMessageId] SendMessage clientMessageId
             * @property {string|null} [text] SendMessage text
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SendMessage.
             * @memberof wukf.v1
             * @interface ISendMessage
             * @augments wukf.v1.SendMessage.$Properties
             * @deprecated Use wukf.v1.SendMessage.$Properties instead.
             */

            /**
             * Shape of a SendMessage.
             * @typedef {wukf.v1.SendMessage.$Properties} wukf.v1.SendMessage.$Shape
             */

            /**
             * Constructs a new SendMessage.
             * @memberof wukf.v1
             * @classdesc Represents a SendMessage.
             * @constructor
             * @param {wukf.v1.SendMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SendMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SendMessage conversationId.
             * @member {string} conversationId
             * @memberof wukf.v1.SendMessage
             * @instance
             */
            SendMessage.prototype.conversationId = "";

            /**
             * SendMessage clientMessageId.
             * @member {string} clientMessageId
             * @memberof wukf.v1.SendMessage
             * @instance
             */
            SendMessage.prototype.clientMessageId = "";

            /**
             * SendMessage text.
             * @member {string} text
             * @memberof wukf.v1.SendMessage
             * @instance
             */
            SendMessage.prototype.text = "";

            /**
             * Creates a new SendMessage instance using the specified properties.
             * @function create
             * @memberof wukf.v1.SendMessage
             * @static
             * @param {wukf.v1.SendMessage.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.SendMessage} SendMessage instance
             * @type {{
             *   (properties: wukf.v1.SendMessage.$Shape): wukf.v1.SendMessage & wukf.v1.SendMessage.$Shape;
             *   (properties?: wukf.v1.SendMessage.$Properties): wukf.v1.SendMessage;
             * }}
             */
            SendMessage.create = function(properties) {
                return new SendMessage(properties);
            };

            /**
             * Encodes the specified SendMessage message. Does not implicitly {@link wukf.v1.SendMessage.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.SendMessage
             * @static
             * @param {wukf.v1.SendMessage.$Properties} message SendMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.clientMessageId != null && $Object.hasOwnProperty.call(message, "clientMessageId") && message.clientMessageId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientMessageId);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.text);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SendMessage message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.SendMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.SendMessage & wukf.v1.SendMessage.$Shape} SendMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.SendMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientMessageId = value;
                            else
                                delete message.clientMessageId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SendMessage;
        })();

        v1.MarkReceipt = (function() {

            /**
             * Properties of a MarkReceipt.
             * @typedef {Object} wukf.v1.MarkReceipt.$Properties
             * @property {string|null} [conversationId] MarkReceipt conversationId
             * @property {wukf.v1.ReceiptKind|null} [kind] MarkReceipt kind
             * @property {number|null} [seq] MarkReceipt seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MarkReceipt.
             * @memberof wukf.v1
             * @interface IMarkReceipt
             * @augments wukf.v1.MarkReceipt.$Properties
             * @deprecated Use wukf.v1.MarkReceipt.$Properties instead.
             */

            /**
             * Shape of a MarkReceipt.
             * @typedef {wukf.v1.MarkReceipt.$Properties} wukf.v1.MarkReceipt.$Shape
             */

            /**
             * Constructs a new MarkReceipt.
             * @memberof wukf.v1
             * @classdesc Represents a MarkReceipt.
             * @constructor
             * @param {wukf.v1.MarkReceipt.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MarkReceipt = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MarkReceipt conversationId.
             * @member {string} conversationId
             * @memberof wukf.v1.MarkReceipt
             * @instance
             */
            MarkReceipt.prototype.conversationId = "";

            /**
             * MarkReceipt kind.
             * @member {wukf.v1.ReceiptKind} kind
             * @memberof wukf.v1.MarkReceipt
             * @instance
             */
            MarkReceipt.prototype.kind = 0;

            /**
             * MarkReceipt seq.
             * @member {number} seq
             * @memberof wukf.v1.MarkReceipt
             * @instance
             */
            MarkReceipt.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new MarkReceipt instance using the specified properties.
             * @function create
             * @memberof wukf.v1.MarkReceipt
             * @static
             * @param {wukf.v1.MarkReceipt.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.MarkReceipt} MarkReceipt instance
             * @type {{
             *   (properties: wukf.v1.MarkReceipt.$Shape): wukf.v1.MarkReceipt & wukf.v1.MarkReceipt.$Shape;
             *   (properties?: wukf.v1.MarkReceipt.$Properties): wukf.v1.MarkReceipt;
             * }}
             */
            MarkReceipt.create = function(properties) {
                return new MarkReceipt(properties);
            };

            /**
             * Encodes the specified MarkReceipt message. Does not implicitly {@link wukf.v1.MarkReceipt.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.MarkReceipt
             * @static
             * @param {wukf.v1.MarkReceipt.$Properties} message MarkReceipt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MarkReceipt.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.kind);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MarkReceipt message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.MarkReceipt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.MarkReceipt & wukf.v1.MarkReceipt.$Shape} MarkReceipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MarkReceipt.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.MarkReceipt();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return MarkReceipt;
        })();

        v1.Typing = (function() {

            /**
             * Properties of a Typing.
             * @typedef {Object} wukf.v1.Typing.$Properties
             * @property {string|null} [conversationId] Typing conversationId
             * @property {boolean|null} [typing] Typing typing
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Typing.
             * @memberof wukf.v1
             * @interface ITyping
             * @augments wukf.v1.Typing.$Properties
             * @deprecated Use wukf.v1.Typing.$Properties instead.
             */

            /**
             * Shape of a Typing.
             * @typedef {wukf.v1.Typing.$Properties} wukf.v1.Typing.$Shape
             */

            /**
             * Constructs a new Typing.
             * @memberof wukf.v1
             * @classdesc Represents a Typing.
             * @constructor
             * @param {wukf.v1.Typing.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Typing = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Typing conversationId.
             * @member {string} conversationId
             * @memberof wukf.v1.Typing
             * @instance
             */
            Typing.prototype.conversationId = "";

            /**
             * Typing typing.
             * @member {boolean} typing
             * @memberof wukf.v1.Typing
             * @instance
             */
            Typing.prototype.typing = false;

            /**
             * Creates a new Typing instance using the specified properties.
             * @function create
             * @memberof wukf.v1.Typing
             * @static
             * @param {wukf.v1.Typing.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.Typing} Typing instance
             * @type {{
             *   (properties: wukf.v1.Typing.$Shape): wukf.v1.Typing & wukf.v1.Typing.$Shape;
             *   (properties?: wukf.v1.Typing.$Properties): wukf.v1.Typing;
             * }}
             */
            Typing.create = function(properties) {
                return new Typing(properties);
            };

            /**
             * Encodes the specified Typing message. Does not implicitly {@link wukf.v1.Typing.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.Typing
             * @static
             * @param {wukf.v1.Typing.$Properties} message Typing message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Typing.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.typing != null && $Object.hasOwnProperty.call(message, "typing") && message.typing !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.typing);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Typing message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.Typing
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.Typing & wukf.v1.Typing.$Shape} Typing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Typing.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.Typing();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.typing = value;
                            else
                                delete message.typing;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Typing;
        })();

        v1.SetPresence = (function() {

            /**
             * Properties of a SetPresence.
             * @typedef {Object} wukf.v1.SetPresence.$Properties
             * @property {wukf.v1.PresenceStatus|null} [status] SetPresence status
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetPresence.
             * @memberof wukf.v1
             * @interface ISetPresence
             * @augments wukf.v1.SetPresence.$Properties
             * @deprecated Use wukf.v1.SetPresence.$Properties instead.
             */

            /**
             * Shape of a SetPresence.
             * @typedef {wukf.v1.SetPresence.$Properties} wukf.v1.SetPresence.$Shape
             */

            /**
             * Constructs a new SetPresence.
             * @memberof wukf.v1
             * @classdesc Represents a SetPresence.
             * @constructor
             * @param {wukf.v1.SetPresence.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetPresence = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SetPresence status.
             * @member {wukf.v1.PresenceStatus} status
             * @memberof wukf.v1.SetPresence
             * @instance
             */
            SetPresence.prototype.status = 0;

            /**
             * Creates a new SetPresence instance using the specified properties.
             * @function create
             * @memberof wukf.v1.SetPresence
             * @static
             * @param {wukf.v1.SetPresence.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.SetPresence} SetPresence instance
             * @type {{
             *   (properties: wukf.v1.SetPresence.$Shape): wukf.v1.SetPresence & wukf.v1.SetPresence.$Shape;
             *   (properties?: wukf.v1.SetPresence.$Properties): wukf.v1.SetPresence;
             * }}
             */
            SetPresence.create = function(properties) {
                return new SetPresence(properties);
            };

            /**
             * Encodes the specified SetPresence message. Does not implicitly {@link wukf.v1.SetPresence.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.SetPresence
             * @static
             * @param {wukf.v1.SetPresence.$Properties} message SetPresence message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetPresence.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SetPresence message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.SetPresence
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.SetPresence & wukf.v1.SetPresence.$Shape} SetPresence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetPresence.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.SetPresence();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SetPresence;
        })();

        v1.ClaimConversation = (function() {

            /**
             * Properties of a ClaimConversation.
             * @typedef {Object} wukf.v1.ClaimConversation.$Properties
             * @property {string|null} [conversationId] ClaimConversation conversationId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClaimConversation.
             * @memberof wukf.v1
             * @interface IClaimConversation
             * @augments wukf.v1.ClaimConversation.$Properties
             * @deprecated Use wukf.v1.ClaimConversation.$Properties instead.
             */

            /**
             * Shape of a ClaimConversation.
             * @typedef {wukf.v1.ClaimConversation.$Properties} wukf.v1.ClaimConversation.$Shape
             */

            /**
             * Constructs a new ClaimConversation.
             * @memberof wukf.v1
             * @classdesc Represents a ClaimConversation.
             * @constructor
             * @param {wukf.v1.ClaimConversation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClaimConversation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ClaimConversation conversationId.
             * @member {string} conversationId
             * @memberof wukf.v1.ClaimConversation
             * @instance
             */
            ClaimConversation.prototype.conversationId = "";

            /**
             * Creates a new ClaimConversation instance using the specified properties.
             * @function create
             * @memberof wukf.v1.ClaimConversation
             * @static
             * @param {wukf.v1.ClaimConversation.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.ClaimConversation} ClaimConversation instance
             * @type {{
             *   (properties: wukf.v1.ClaimConversation.$Shape): wukf.v1.ClaimConversation & wukf.v1.ClaimConversation.$Shape;
             *   (properties?: wukf.v1.ClaimConversation.$Properties): wukf.v1.ClaimConversation;
             * }}
             */
            ClaimConversation.create = function(properties) {
                return new ClaimConversation(properties);
            };

            /**
             * Encodes the specified ClaimConversation message. Does not implicitly {@link wukf.v1.ClaimConversation.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.ClaimConversation
             * @static
             * @param {wukf.v1.ClaimConversation.$Properties} message ClaimConversation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClaimConversation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ClaimConversation message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.ClaimConversation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.ClaimConversation & wukf.v1.ClaimConversation.$Shape} ClaimConversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClaimConversation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.ClaimConversation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ClaimConversation;
        })();

        v1.AcceptConversation = (function() {

            /**
             * Properties of an AcceptConversation.
             * @typedef {Object} wukf.v1.AcceptConversation.$Properties
             * @property {string|null} [conversationId] AcceptConversation conversationId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AcceptConversation.
             * @memberof wukf.v1
             * @interface IAcceptConversation
             * @augments wukf.v1.AcceptConversation.$Properties
             * @deprecated Use wukf.v1.AcceptConversation.$Properties instead.
             */

            /**
             * Shape of an AcceptConversation.
             * @typedef {wukf.v1.AcceptConversation.$Properties} wukf.v1.AcceptConversation.$Shape
             */

            /**
             * Constructs a new AcceptConversation.
             * @memberof wukf.v1
             * @classdesc Represents an AcceptConversation.
             * @constructor
             * @param {wukf.v1.AcceptConversation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AcceptConversation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AcceptConversation conversationId.
             * @member {string} conversationId
             * @memberof wukf.v1.AcceptConversation
             * @instance
             */
            AcceptConversation.prototype.conversationId = "";

            /**
             * Creates a new AcceptConversation instance using the specified properties.
             * @function create
             * @memberof wukf.v1.AcceptConversation
             * @static
             * @param {wukf.v1.AcceptConversation.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.AcceptConversation} AcceptConversation instance
             * @type {{
             *   (properties: wukf.v1.AcceptConversation.$Shape): wukf.v1.AcceptConversation & wukf.v1.AcceptConversation.$Shape;
             *   (properties?: wukf.v1.AcceptConversation.$Properties): wukf.v1.AcceptConversation;
             * }}
             */
            AcceptConversation.create = function(properties) {
                return new AcceptConversation(properties);
            };

            /**
             * Encodes the specified AcceptConversation message. Does not implicitly {@link wukf.v1.AcceptConversation.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.AcceptConversation
             * @static
             * @param {wukf.v1.AcceptConversation.$Properties} message AcceptConversation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AcceptConversation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AcceptConversation message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.AcceptConversation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.AcceptConversation & wukf.v1.AcceptConversation.$Shape} AcceptConversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AcceptConversation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.AcceptConversation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return AcceptConversation;
        })();

        v1.CloseConversation = (function() {

            /**
             * Properties of a CloseConversation.
             * @typedef {Object} wukf.v1.CloseConversation.$Properties
             * @property {string|null} [conversationId] CloseConversation conversationId
             * @property {string|null} [reason] CloseConversation reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CloseConversation.
             * @memberof wukf.v1
             * @interface ICloseConversation
             * @augments wukf.v1.CloseConversation.$Properties
             * @deprecated Use wukf.v1.CloseConversation.$Properties instead.
             */

            /**
             * Shape of a CloseConversation.
             * @typedef {wukf.v1.CloseConversation.$Properties} wukf.v1.CloseConversation.$Shape
             */

            /**
             * Constructs a new CloseConversation.
             * @memberof wukf.v1
             * @classdesc Represents a CloseConversation.
             * @constructor
             * @param {wukf.v1.CloseConversation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CloseConversation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CloseConversation conversationId.
             * @member {string} conversationId
             * @memberof wukf.v1.CloseConversation
             * @instance
             */
            CloseConversation.prototype.conversationId = "";

            /**
             * CloseConversation reason.
             * @member {string} reason
             * @memberof wukf.v1.CloseConversation
             * @instance
             */
            CloseConversation.prototype.reason = "";

            /**
             * Creates a new CloseConversation instance using the specified properties.
             * @function create
             * @memberof wukf.v1.CloseConversation
             * @static
             * @param {wukf.v1.CloseConversation.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.CloseConversation} CloseConversation instance
             * @type {{
             *   (properties: wukf.v1.CloseConversation.$Shape): wukf.v1.CloseConversation & wukf.v1.CloseConversation.$Shape;
             *   (properties?: wukf.v1.CloseConversation.$Properties): wukf.v1.CloseConversation;
             * }}
             */
            CloseConversation.create = function(properties) {
                return new CloseConversation(properties);
            };

            /**
             * Encodes the specified CloseConversation message. Does not implicitly {@link wukf.v1.CloseConversation.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.CloseConversation
             * @static
             * @param {wukf.v1.CloseConversation.$Properties} message CloseConversation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CloseConversation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CloseConversation message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.CloseConversation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.CloseConversation & wukf.v1.CloseConversation.$Shape} CloseConversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CloseConversation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.CloseConversation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CloseConversation;
        })();

        v1.TransferConversation = (function() {

            /**
             * Properties of a TransferConversation.
             * @typedef {Object} wukf.v1.TransferConversation.$Properties
             * @property {string|null} [conversationId] TransferConversation conversationId
             * @property {string|null} [toAgent] TransferConversation toAgent
             * @property {string|null} [note] TransferConversation note
             * @property {boolean|null} [overrideCapacity] TransferConversation overrideCapacity
             * @property {string|null} [toGroup] TransferConversation toGroup
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TransferConversation.
             * @memberof wukf.v1
             * @interface ITransferConversation
             * @augments wukf.v1.TransferConversation.$Properties
             * @deprecated Use wukf.v1.TransferConversation.$Properties instead.
             */

            /**
             * Shape of a TransferConversation.
             * @typedef {wukf.v1.TransferConversation.$Properties} wukf.v1.TransferConversation.$Shape
             */

            /**
             * Constructs a new TransferConversation.
             * @memberof wukf.v1
             * @classdesc Represents a TransferConversation.
             * @constructor
             * @param {wukf.v1.TransferConversation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TransferConversation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TransferConversation conversationId.
             * @member {string} conversationId
             * @memberof wukf.v1.TransferConversation
             * @instance
             */
            TransferConversation.prototype.conversationId = "";

            /**
             * TransferConversation toAgent.
             * @member {string} toAgent
             * @memberof wukf.v1.TransferConversation
             * @instance
             */
            TransferConversation.prototype.toAgent = "";

            /**
             * TransferConversation note.
             * @member {string} note
             * @memberof wukf.v1.TransferConversation
             * @instance
             */
            TransferConversation.prototype.note = "";

            /**
             * TransferConversation overrideCapacity.
             * @member {boolean} overrideCapacity
             * @memberof wukf.v1.TransferConversation
             * @instance
             */
            TransferConversation.prototype.overrideCapacity = false;

            /**
             * TransferConversation toGroup.
             * @member {string} toGroup
             * @memberof wukf.v1.TransferConversation
             * @instance
             */
            TransferConversation.prototype.toGroup = "";

            /**
             * Creates a new TransferConversation instance using the specified properties.
             * @function create
             * @memberof wukf.v1.TransferConversation
             * @static
             * @param {wukf.v1.TransferConversation.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.TransferConversation} TransferConversation instance
             * @type {{
             *   (properties: wukf.v1.TransferConversation.$Shape): wukf.v1.TransferConversation & wukf.v1.TransferConversation.$Shape;
             *   (properties?: wukf.v1.TransferConversation.$Properties): wukf.v1.TransferConversation;
             * }}
             */
            TransferConversation.create = function(properties) {
                return new TransferConversation(properties);
            };

            /**
             * Encodes the specified TransferConversation message. Does not implicitly {@link wukf.v1.TransferConversation.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.TransferConversation
             * @static
             * @param {wukf.v1.TransferConversation.$Properties} message TransferConversation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TransferConversation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.toAgent != null && $Object.hasOwnProperty.call(message, "toAgent") && message.toAgent !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.toAgent);
                if (message.note != null && $Object.hasOwnProperty.call(message, "note") && message.note !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.note);
                if (message.overrideCapacity != null && $Object.hasOwnProperty.call(message, "overrideCapacity") && message.overrideCapacity !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.overrideCapacity);
                if (message.toGroup != null && $Object.hasOwnProperty.call(message, "toGroup") && message.toGroup !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.toGroup);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TransferConversation message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.TransferConversation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.TransferConversation & wukf.v1.TransferConversation.$Shape} TransferConversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TransferConversation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.TransferConversation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.toAgent = value;
                            else
                                delete message.toAgent;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.note = value;
                            else
                                delete message.note;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.overrideCapacity = value;
                            else
                                delete message.overrideCapacity;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.toGroup = value;
                            else
                                delete message.toGroup;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return TransferConversation;
        })();

        v1.HistoryRequest = (function() {

            /**
             * Properties of a HistoryRequest.
             * @typedef {Object} wukf.v1.HistoryRequest.$Properties
             * @property {string|null} [conversationId] HistoryRequest conversationId
             * @property {number|null} [beforeSeq] HistoryRequest beforeSeq
             * @property {number|null} [limit] HistoryRequest limit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HistoryRequest.
             * @memberof wukf.v1
             * @interface IHistoryRequest
             * @augments wukf.v1.HistoryRequest.$Properties
             * @deprecated Use wukf.v1.HistoryRequest.$Properties instead.
             */

            /**
             * Shape of a HistoryRequest.
             * @typedef {wukf.v1.HistoryRequest.$Properties} wukf.v1.HistoryRequest.$Shape
             */

            /**
             * Constructs a new HistoryRequest.
             * @memberof wukf.v1
             * @classdesc Represents a HistoryRequest.
             * @constructor
             * @param {wukf.v1.HistoryRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HistoryRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HistoryRequest conversationId.
             * @member {string} conversationId
             * @memberof wukf.v1.HistoryRequest
             * @instance
             */
            HistoryRequest.prototype.conversationId = "";

            /**
             * HistoryRequest beforeSeq.
             * @member {number} beforeSeq
             * @memberof wukf.v1.HistoryRequest
             * @instance
             */
            HistoryRequest.prototype.beforeSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HistoryRequest limit.
             * @member {number} limit
             * @memberof wukf.v1.HistoryRequest
             * @instance
             */
            HistoryRequest.prototype.limit = 0;

            /**
             * Creates a new HistoryRequest instance using the specified properties.
             * @function create
             * @memberof wukf.v1.HistoryRequest
             * @static
             * @param {wukf.v1.HistoryRequest.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.HistoryRequest} HistoryRequest instance
             * @type {{
             *   (properties: wukf.v1.HistoryRequest.$Shape): wukf.v1.HistoryRequest & wukf.v1.HistoryRequest.$Shape;
             *   (properties?: wukf.v1.HistoryRequest.$Properties): wukf.v1.HistoryRequest;
             * }}
             */
            HistoryRequest.create = function(properties) {
                return new HistoryRequest(properties);
            };

            /**
             * Encodes the specified HistoryRequest message. Does not implicitly {@link wukf.v1.HistoryRequest.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.HistoryRequest
             * @static
             * @param {wukf.v1.HistoryRequest.$Properties} message HistoryRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HistoryRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.beforeSeq != null && $Object.hasOwnProperty.call(message, "beforeSeq") && (typeof message.beforeSeq === "object" ? message.beforeSeq.low || message.beforeSeq.high : message.beforeSeq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.beforeSeq);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.limit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HistoryRequest message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.HistoryRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.HistoryRequest & wukf.v1.HistoryRequest.$Shape} HistoryRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HistoryRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.HistoryRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.beforeSeq = value;
                            else
                                delete message.beforeSeq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return HistoryRequest;
        })();

        v1.WatchConversation = (function() {

            /**
             * Properties of a WatchConversation.
             * @typedef {Object} wukf.v1.WatchConversation.$Properties
             * @property {string|null} [conversationId] WatchConversation conversationId
             * @property {boolean|null} [watch] WatchConversation watch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WatchConversation.
             * @memberof wukf.v1
             * @interface IWatchConversation
             * @augments wukf.v1.WatchConversation.$Properties
             * @deprecated Use wukf.v1.WatchConversation.$Properties instead.
             */

            /**
             * Shape of a WatchConversation.
             * @typedef {wukf.v1.WatchConversation.$Properties} wukf.v1.WatchConversation.$Shape
             */

            /**
             * Constructs a new WatchConversation.
             * @memberof wukf.v1
             * @classdesc Represents a WatchConversation.
             * @constructor
             * @param {wukf.v1.WatchConversation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WatchConversation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WatchConversation conversationId.
             * @member {string} conversationId
             * @memberof wukf.v1.WatchConversation
             * @instance
             */
            WatchConversation.prototype.conversationId = "";

            /**
             * WatchConversation watch.
             * @member {boolean} watch
             * @memberof wukf.v1.WatchConversation
             * @instance
             */
            WatchConversation.prototype.watch = false;

            /**
             * Creates a new WatchConversation instance using the specified properties.
             * @function create
             * @memberof wukf.v1.WatchConversation
             * @static
             * @param {wukf.v1.WatchConversation.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.WatchConversation} WatchConversation instance
             * @type {{
             *   (properties: wukf.v1.WatchConversation.$Shape): wukf.v1.WatchConversation & wukf.v1.WatchConversation.$Shape;
             *   (properties?: wukf.v1.WatchConversation.$Properties): wukf.v1.WatchConversation;
             * }}
             */
            WatchConversation.create = function(properties) {
                return new WatchConversation(properties);
            };

            /**
             * Encodes the specified WatchConversation message. Does not implicitly {@link wukf.v1.WatchConversation.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.WatchConversation
             * @static
             * @param {wukf.v1.WatchConversation.$Properties} message WatchConversation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WatchConversation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.watch != null && $Object.hasOwnProperty.call(message, "watch") && message.watch !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.watch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WatchConversation message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.WatchConversation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.WatchConversation & wukf.v1.WatchConversation.$Shape} WatchConversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WatchConversation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.WatchConversation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.watch = value;
                            else
                                delete message.watch;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return WatchConversation;
        })();

        v1.QueueRequest = (function() {

            /**
             * Properties of a QueueRequest.
             * @typedef {Object} wukf.v1.QueueRequest.$Properties
             * @property {number|null} [offset] QueueRequest offset
             * @property {number|null} [limit] QueueRequest limit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueueRequest.
             * @memberof wukf.v1
             * @interface IQueueRequest
             * @augments wukf.v1.QueueRequest.$Properties
             * @deprecated Use wukf.v1.QueueRequest.$Properties instead.
             */

            /**
             * Shape of a QueueRequest.
             * @typedef {wukf.v1.QueueRequest.$Properties} wukf.v1.QueueRequest.$Shape
             */

            /**
             * Constructs a new QueueRequest.
             * @memberof wukf.v1
             * @classdesc Represents a QueueRequest.
             * @constructor
             * @param {wukf.v1.QueueRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueueRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueueRequest offset.
             * @member {number} offset
             * @memberof wukf.v1.QueueRequest
             * @instance
             */
            QueueRequest.prototype.offset = 0;

            /**
             * QueueRequest limit.
             * @member {number} limit
             * @memberof wukf.v1.QueueRequest
             * @instance
             */
            QueueRequest.prototype.limit = 0;

            /**
             * Creates a new QueueRequest instance using the specified properties.
             * @function create
             * @memberof wukf.v1.QueueRequest
             * @static
             * @param {wukf.v1.QueueRequest.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.QueueRequest} QueueRequest instance
             * @type {{
             *   (properties: wukf.v1.QueueRequest.$Shape): wukf.v1.QueueRequest & wukf.v1.QueueRequest.$Shape;
             *   (properties?: wukf.v1.QueueRequest.$Properties): wukf.v1.QueueRequest;
             * }}
             */
            QueueRequest.create = function(properties) {
                return new QueueRequest(properties);
            };

            /**
             * Encodes the specified QueueRequest message. Does not implicitly {@link wukf.v1.QueueRequest.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.QueueRequest
             * @static
             * @param {wukf.v1.QueueRequest.$Properties} message QueueRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueueRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && message.offset !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.offset);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.limit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QueueRequest message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.QueueRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.QueueRequest & wukf.v1.QueueRequest.$Shape} QueueRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueueRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.QueueRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return QueueRequest;
        })();

        v1.FollowUpRequest = (function() {

            /**
             * Properties of a FollowUpRequest.
             * @typedef {Object} wukf.v1.FollowUpRequest.$Properties
             * @property {number|null} [offset] FollowUpRequest offset
             * @property {number|null} [limit] FollowUpRequest limit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FollowUpRequest.
             * @memberof wukf.v1
             * @interface IFollowUpRequest
             * @augments wukf.v1.FollowUpRequest.$Properties
             * @deprecated Use wukf.v1.FollowUpRequest.$Properties instead.
             */

            /**
             * Shape of a FollowUpRequest.
             * @typedef {wukf.v1.FollowUpRequest.$Properties} wukf.v1.FollowUpRequest.$Shape
             */

            /**
             * Constructs a new FollowUpRequest.
             * @memberof wukf.v1
             * @classdesc Represents a FollowUpRequest.
             * @constructor
             * @param {wukf.v1.FollowUpRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FollowUpRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FollowUpRequest offset.
             * @member {number} offset
             * @memberof wukf.v1.FollowUpRequest
             * @instance
             */
            FollowUpRequest.prototype.offset = 0;

            /**
             * FollowUpRequest limit.
             * @member {number} limit
             * @memberof wukf.v1.FollowUpRequest
             * @instance
             */
            FollowUpRequest.prototype.limit = 0;

            /**
             * Creates a new FollowUpRequest instance using the specified properties.
             * @function create
             * @memberof wukf.v1.FollowUpRequest
             * @static
             * @param {wukf.v1.FollowUpRequest.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.FollowUpRequest} FollowUpRequest instance
             * @type {{
             *   (properties: wukf.v1.FollowUpRequest.$Shape): wukf.v1.FollowUpRequest & wukf.v1.FollowUpRequest.$Shape;
             *   (properties?: wukf.v1.FollowUpRequest.$Properties): wukf.v1.FollowUpRequest;
             * }}
             */
            FollowUpRequest.create = function(properties) {
                return new FollowUpRequest(properties);
            };

            /**
             * Encodes the specified FollowUpRequest message. Does not implicitly {@link wukf.v1.FollowUpRequest.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.FollowUpRequest
             * @static
             * @param {wukf.v1.FollowUpRequest.$Properties} message FollowUpRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FollowUpRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && message.offset !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.offset);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.limit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FollowUpRequest message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.FollowUpRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.FollowUpRequest & wukf.v1.FollowUpRequest.$Shape} FollowUpRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FollowUpRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.FollowUpRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return FollowUpRequest;
        })();

        v1.DashboardRequest = (function() {

            /**
             * Properties of a DashboardRequest.
             * @typedef {Object} wukf.v1.DashboardRequest.$Properties
             * @property {boolean|null} [subscribe] DashboardRequest subscribe
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DashboardRequest.
             * @memberof wukf.v1
             * @interface IDashboardRequest
             * @augments wukf.v1.DashboardRequest.$Properties
             * @deprecated Use wukf.v1.DashboardRequest.$Properties instead.
             */

            /**
             * Shape of a DashboardRequest.
             * @typedef {wukf.v1.DashboardRequest.$Properties} wukf.v1.DashboardRequest.$Shape
             */

            /**
             * Constructs a new DashboardRequest.
             * @memberof wukf.v1
             * @classdesc Represents a DashboardRequest.
             * @constructor
             * @param {wukf.v1.DashboardRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DashboardRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DashboardRequest subscribe.
             * @member {boolean} subscribe
             * @memberof wukf.v1.DashboardRequest
             * @instance
             */
            DashboardRequest.prototype.subscribe = false;

            /**
             * Creates a new DashboardRequest instance using the specified properties.
             * @function create
             * @memberof wukf.v1.DashboardRequest
             * @static
             * @param {wukf.v1.DashboardRequest.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.DashboardRequest} DashboardRequest instance
             * @type {{
             *   (properties: wukf.v1.DashboardRequest.$Shape): wukf.v1.DashboardRequest & wukf.v1.DashboardRequest.$Shape;
             *   (properties?: wukf.v1.DashboardRequest.$Properties): wukf.v1.DashboardRequest;
             * }}
             */
            DashboardRequest.create = function(properties) {
                return new DashboardRequest(properties);
            };

            /**
             * Encodes the specified DashboardRequest message. Does not implicitly {@link wukf.v1.DashboardRequest.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.DashboardRequest
             * @static
             * @param {wukf.v1.DashboardRequest.$Properties} message DashboardRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DashboardRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.subscribe != null && $Object.hasOwnProperty.call(message, "subscribe") && message.subscribe !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.subscribe);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DashboardRequest message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.DashboardRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.DashboardRequest & wukf.v1.DashboardRequest.$Shape} DashboardRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DashboardRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.DashboardRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.subscribe = value;
                            else
                                delete message.subscribe;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DashboardRequest;
        })();

        v1.Limits = (function() {

            /**
             * Properties of a Limits.
             * @typedef {Object} wukf.v1.Limits.$Properties
             * @property {number|null} [maxFrameBytes] Limits maxFrameBytes
             * @property {number|null} [maxTextBytes] Limits maxTextBytes
             * @property {number|null} [ratePerSecond] Limits ratePerSecond
             * @property {number|null} [rateBurst] Limits rateBurst
             * @property {number|null} [typingIntervalMs] Limits typingIntervalMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Limits.
             * @memberof wukf.v1
             * @interface ILimits
             * @augments wukf.v1.Limits.$Properties
             * @deprecated Use wukf.v1.Limits.$Properties instead.
             */

            /**
             * Shape of a Limits.
             * @typedef {wukf.v1.Limits.$Properties} wukf.v1.Limits.$Shape
             */

            /**
             * Constructs a new Limits.
             * @memberof wukf.v1
             * @classdesc Represents a Limits.
             * @constructor
             * @param {wukf.v1.Limits.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Limits = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Limits maxFrameBytes.
             * @member {number} maxFrameBytes
             * @memberof wukf.v1.Limits
             * @instance
             */
            Limits.prototype.maxFrameBytes = 0;

            /**
             * Limits maxTextBytes.
             * @member {number} maxTextBytes
             * @memberof wukf.v1.Limits
             * @instance
             */
            Limits.prototype.maxTextBytes = 0;

            /**
             * Limits ratePerSecond.
             * @member {number} ratePerSecond
             * @memberof wukf.v1.Limits
             * @instance
             */
            Limits.prototype.ratePerSecond = 0;

            /**
             * Limits rateBurst.
             * @member {number} rateBurst
             * @memberof wukf.v1.Limits
             * @instance
             */
            Limits.prototype.rateBurst = 0;

            /**
             * Limits typingIntervalMs.
             * @member {number} typingIntervalMs
             * @memberof wukf.v1.Limits
             * @instance
             */
            Limits.prototype.typingIntervalMs = 0;

            /**
             * Creates a new Limits instance using the specified properties.
             * @function create
             * @memberof wukf.v1.Limits
             * @static
             * @param {wukf.v1.Limits.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.Limits} Limits instance
             * @type {{
             *   (properties: wukf.v1.Limits.$Shape): wukf.v1.Limits & wukf.v1.Limits.$Shape;
             *   (properties?: wukf.v1.Limits.$Properties): wukf.v1.Limits;
             * }}
             */
            Limits.create = function(properties) {
                return new Limits(properties);
            };

            /**
             * Encodes the specified Limits message. Does not implicitly {@link wukf.v1.Limits.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.Limits
             * @static
             * @param {wukf.v1.Limits.$Properties} message Limits message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Limits.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.maxFrameBytes != null && $Object.hasOwnProperty.call(message, "maxFrameBytes") && message.maxFrameBytes !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.maxFrameBytes);
                if (message.maxTextBytes != null && $Object.hasOwnProperty.call(message, "maxTextBytes") && message.maxTextBytes !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.maxTextBytes);
                if (message.ratePerSecond != null && $Object.hasOwnProperty.call(message, "ratePerSecond") && message.ratePerSecond !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.ratePerSecond);
                if (message.rateBurst != null && $Object.hasOwnProperty.call(message, "rateBurst") && message.rateBurst !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.rateBurst);
                if (message.typingIntervalMs != null && $Object.hasOwnProperty.call(message, "typingIntervalMs") && message.typingIntervalMs !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.typingIntervalMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Limits message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.Limits
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.Limits & wukf.v1.Limits.$Shape} Limits
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Limits.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.Limits();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxFrameBytes = value;
                            else
                                delete message.maxFrameBytes;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxTextBytes = value;
                            else
                                delete message.maxTextBytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ratePerSecond = value;
                            else
                                delete message.ratePerSecond;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rateBurst = value;
                            else
                                delete message.rateBurst;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.typingIntervalMs = value;
                            else
                                delete message.typingIntervalMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Limits;
        })();

        v1.Welcome = (function() {

            /**
             * Properties of a Welcome.
             * @typedef {Object} wukf.v1.Welcome.$Properties
             * @property {wukf.v1.Participant.$Properties|null} [you] Welcome you
             * @property {number|null} [pingIntervalMs] Welcome pingIntervalMs
             * @property {wukf.v1.Limits.$Properties|null} [limits] Welcome limits
             * @property {Array.<wukf.v1.ConversationSnapshot.$Properties>|null} [conversations] Welcome conversations
             * @property {Array.<wukf.v1.ResumeResult.$Properties>|null} [resume] Welcome resume
             * @property {number|null} [serverTimeMs] Welcome serverTimeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Welcome.
             * @memberof wukf.v1
             * @interface IWelcome
             * @augments wukf.v1.Welcome.$Properties
             * @deprecated Use wukf.v1.Welcome.$Properties instead.
             */

            /**
             * Shape of a Welcome.
             * @typedef {wukf.v1.Welcome.$Properties} wukf.v1.Welcome.$Shape
             */

            /**
             * Constructs a new Welcome.
             * @memberof wukf.v1
             * @classdesc Represents a Welcome.
             * @constructor
             * @param {wukf.v1.Welcome.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Welcome = function (properties) {
                this.conversations = [];
                this.resume = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Welcome you.
             * @member {wukf.v1.Participant.$Properties|null|undefined} you
             * @memberof wukf.v1.Welcome
             * @instance
             */
            Welcome.prototype.you = null;

            /**
             * Welcome pingIntervalMs.
             * @member {number} pingIntervalMs
             * @memberof wukf.v1.Welcome
             * @instance
             */
            Welcome.prototype.pingIntervalMs = 0;

            /**
             * Welcome limits.
             * @member {wukf.v1.Limits.$Properties|null|undefined} limits
             * @memberof wukf.v1.Welcome
             * @instance
             */
            Welcome.prototype.limits = null;

            /**
             * Welcome conversations.
             * @member {Array.<wukf.v1.ConversationSnapshot.$Properties>} conversations
             * @memberof wukf.v1.Welcome
             * @instance
             */
            Welcome.prototype.conversations = $util.emptyArray;

            /**
             * Welcome resume.
             * @member {Array.<wukf.v1.ResumeResult.$Properties>} resume
             * @memberof wukf.v1.Welcome
             * @instance
             */
            Welcome.prototype.resume = $util.emptyArray;

            /**
             * Welcome serverTimeMs.
             * @member {number} serverTimeMs
             * @memberof wukf.v1.Welcome
             * @instance
             */
            Welcome.prototype.serverTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Welcome instance using the specified properties.
             * @function create
             * @memberof wukf.v1.Welcome
             * @static
             * @param {wukf.v1.Welcome.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.Welcome} Welcome instance
             * @type {{
             *   (properties: wukf.v1.Welcome.$Shape): wukf.v1.Welcome & wukf.v1.Welcome.$Shape;
             *   (properties?: wukf.v1.Welcome.$Properties): wukf.v1.Welcome;
             * }}
             */
            Welcome.create = function(properties) {
                return new Welcome(properties);
            };

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link wukf.v1.Welcome.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.Welcome
             * @static
             * @param {wukf.v1.Welcome.$Properties} message Welcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Welcome.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.you != null && $Object.hasOwnProperty.call(message, "you"))
                    $root.wukf.v1.Participant.encode(message.you, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.pingIntervalMs != null && $Object.hasOwnProperty.call(message, "pingIntervalMs") && message.pingIntervalMs !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.pingIntervalMs);
                if (message.limits != null && $Object.hasOwnProperty.call(message, "limits"))
                    $root.wukf.v1.Limits.encode(message.limits, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.conversations != null && message.conversations.length)
                    for (let i = 0; i < message.conversations.length; ++i)
                        $root.wukf.v1.ConversationSnapshot.encode(message.conversations[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.resume != null && message.resume.length)
                    for (let i = 0; i < message.resume.length; ++i)
                        $root.wukf.v1.ResumeResult.encode(message.resume[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs") && (typeof message.serverTimeMs === "object" ? message.serverTimeMs.low || message.serverTimeMs.high : message.serverTimeMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.serverTimeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.Welcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.Welcome & wukf.v1.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Welcome.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.Welcome();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.you = $root.wukf.v1.Participant.decode(reader, reader.size(), $undefined, _depth + 1, message.you);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pingIntervalMs = value;
                            else
                                delete message.pingIntervalMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.limits = $root.wukf.v1.Limits.decode(reader, reader.size(), $undefined, _depth + 1, message.limits);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.conversations && message.conversations.length))
                                message.conversations = [];
                            message.conversations.push($root.wukf.v1.ConversationSnapshot.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.resume && message.resume.length))
                                message.resume = [];
                            message.resume.push($root.wukf.v1.ResumeResult.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.serverTimeMs = value;
                            else
                                delete message.serverTimeMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Welcome;
        })();

        v1.ResumeResult = (function() {

            /**
             * Properties of a ResumeResult.
             * @typedef {Object} wukf.v1.ResumeResult.$Properties
             * @property {string|null} [conversationId] ResumeResult conversationId
             * @property {wukf.v1.ResumeResult.Status|null} [status] ResumeResult status
             * @property {number|null} [afterSeq] ResumeResult afterSeq
             * @property {number|null} [toSeq] ResumeResult toSeq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResumeResult.
             * @memberof wukf.v1
             * @interface IResumeResult
             * @augments wukf.v1.ResumeResult.$Properties
             * @deprecated Use wukf.v1.ResumeResult.$Properties instead.
             */

            /**
             * Shape of a ResumeResult.
             * @typedef {wukf.v1.ResumeResult.$Properties} wukf.v1.ResumeResult.$Shape
             */

            /**
             * Constructs a new ResumeResult.
             * @memberof wukf.v1
             * @classdesc Represents a ResumeResult.
             * @constructor
             * @param {wukf.v1.ResumeResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResumeResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResumeResult conversationId.
             * @member {string} conversationId
             * @memberof wukf.v1.ResumeResult
             * @instance
             */
            ResumeResult.prototype.conversationId = "";

            /**
             * ResumeResult status.
             * @member {wukf.v1.ResumeResult.Status} status
             * @memberof wukf.v1.ResumeResult
             * @instance
             */
            ResumeResult.prototype.status = 0;

            /**
             * ResumeResult afterSeq.
             * @member {number} afterSeq
             * @memberof wukf.v1.ResumeResult
             * @instance
             */
            ResumeResult.prototype.afterSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ResumeResult toSeq.
             * @member {number} toSeq
             * @memberof wukf.v1.ResumeResult
             * @instance
             */
            ResumeResult.prototype.toSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ResumeResult instance using the specified properties.
             * @function create
             * @memberof wukf.v1.ResumeResult
             * @static
             * @param {wukf.v1.ResumeResult.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.ResumeResult} ResumeResult instance
             * @type {{
             *   (properties: wukf.v1.ResumeResult.$Shape): wukf.v1.ResumeResult & wukf.v1.ResumeResult.$Shape;
             *   (properties?: wukf.v1.ResumeResult.$Properties): wukf.v1.ResumeResult;
             * }}
             */
            ResumeResult.create = function(properties) {
                return new ResumeResult(properties);
            };

            /**
             * Encodes the specified ResumeResult message. Does not implicitly {@link wukf.v1.ResumeResult.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.ResumeResult
             * @static
             * @param {wukf.v1.ResumeResult.$Properties} message ResumeResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResumeResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                if (message.afterSeq != null && $Object.hasOwnProperty.call(message, "afterSeq") && (typeof message.afterSeq === "object" ? message.afterSeq.low || message.afterSeq.high : message.afterSeq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.afterSeq);
                if (message.toSeq != null && $Object.hasOwnProperty.call(message, "toSeq") && (typeof message.toSeq === "object" ? message.toSeq.low || message.toSeq.high : message.toSeq !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.toSeq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResumeResult message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.ResumeResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.ResumeResult & wukf.v1.ResumeResult.$Shape} ResumeResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResumeResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.ResumeResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.afterSeq = value;
                            else
                                delete message.afterSeq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.toSeq = value;
                            else
                                delete message.toSeq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Status enum.
             * @name wukf.v1.ResumeResult.Status
             * @enum {number}
             * @property {number} STATUS_UNSPECIFIED=0 STATUS_UNSPECIFIED value
             * @property {number} STATUS_REPLAYING=1 STATUS_REPLAYING value
             * @property {number} STATUS_GAP_TOO_LARGE=2 STATUS_GAP_TOO_LARGE value
             * @property {number} STATUS_FORBIDDEN=3 STATUS_FORBIDDEN value
             * @property {number} STATUS_CURSOR_AHEAD=4 STATUS_CURSOR_AHEAD value
             */
            ResumeResult.Status = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "STATUS_REPLAYING"] = 1;
                values[valuesById[2] = "STATUS_GAP_TOO_LARGE"] = 2;
                values[valuesById[3] = "STATUS_FORBIDDEN"] = 3;
                values[valuesById[4] = "STATUS_CURSOR_AHEAD"] = 4;
                return values;
            })();

            return ResumeResult;
        })();

        v1.ReplayDone = (function() {

            /**
             * Properties of a ReplayDone.
             * @typedef {Object} wukf.v1.ReplayDone.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReplayDone.
             * @memberof wukf.v1
             * @interface IReplayDone
             * @augments wukf.v1.ReplayDone.$Properties
             * @deprecated Use wukf.v1.ReplayDone.$Properties instead.
             */

            /**
             * Shape of a ReplayDone.
             * @typedef {wukf.v1.ReplayDone.$Properties} wukf.v1.ReplayDone.$Shape
             */

            /**
             * Constructs a new ReplayDone.
             * @memberof wukf.v1
             * @classdesc Represents a ReplayDone.
             * @constructor
             * @param {wukf.v1.ReplayDone.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReplayDone = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ReplayDone instance using the specified properties.
             * @function create
             * @memberof wukf.v1.ReplayDone
             * @static
             * @param {wukf.v1.ReplayDone.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.ReplayDone} ReplayDone instance
             * @type {{
             *   (properties: wukf.v1.ReplayDone.$Shape): wukf.v1.ReplayDone & wukf.v1.ReplayDone.$Shape;
             *   (properties?: wukf.v1.ReplayDone.$Properties): wukf.v1.ReplayDone;
             * }}
             */
            ReplayDone.create = function(properties) {
                return new ReplayDone(properties);
            };

            /**
             * Encodes the specified ReplayDone message. Does not implicitly {@link wukf.v1.ReplayDone.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.ReplayDone
             * @static
             * @param {wukf.v1.ReplayDone.$Properties} message ReplayDone message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReplayDone.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReplayDone message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.ReplayDone
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.ReplayDone & wukf.v1.ReplayDone.$Shape} ReplayDone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReplayDone.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.ReplayDone();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ReplayDone;
        })();

        v1.MessageAck = (function() {

            /**
             * Properties of a MessageAck.
             * @typedef {Object} wukf.v1.MessageAck.$Properties
             * @property {string|null} [conversationId] MessageAck conversationId
             * @property {string|null} [clientMessageId] MessageAck clientMessageId
             * @property {number|null} [seq] MessageAck seq
             * @property {number|null} [createdAtMs] MessageAck createdAtMs
             * @property {boolean|null} [duplicate] MessageAck duplicate
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MessageAck.
             * @memberof wukf.v1
             * @interface IMessageAck
             * @augments wukf.v1.MessageAck.$Properties
             * @deprecated Use wukf.v1.MessageAck.$Properties instead.
             */

            /**
             * Shape of a MessageAck.
             * @typedef {wukf.v1.MessageAck.$Properties} wukf.v1.MessageAck.$Shape
             */

            /**
             * Constructs a new MessageAck.
             * @memberof wukf.v1
             * @classdesc Represents a MessageAck.
             * @constructor
             * @param {wukf.v1.MessageAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MessageAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MessageAck conversationId.
             * @member {string} conversationId
             * @memberof wukf.v1.MessageAck
             * @instance
             */
            MessageAck.prototype.conversationId = "";

            /**
             * MessageAck clientMessageId.
             * @member {string} clientMessageId
             * @memberof wukf.v1.MessageAck
             * @instance
             */
            MessageAck.prototype.clientMessageId = "";

            /**
             * MessageAck seq.
             * @member {number} seq
             * @memberof wukf.v1.MessageAck
             * @instance
             */
            MessageAck.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MessageAck createdAtMs.
             * @member {number} createdAtMs
             * @memberof wukf.v1.MessageAck
             * @instance
             */
            MessageAck.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MessageAck duplicate.
             * @member {boolean} duplicate
             * @memberof wukf.v1.MessageAck
             * @instance
             */
            MessageAck.prototype.duplicate = false;

            /**
             * Creates a new MessageAck instance using the specified properties.
             * @function create
             * @memberof wukf.v1.MessageAck
             * @static
             * @param {wukf.v1.MessageAck.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.MessageAck} MessageAck instance
             * @type {{
             *   (properties: wukf.v1.MessageAck.$Shape): wukf.v1.MessageAck & wukf.v1.MessageAck.$Shape;
             *   (properties?: wukf.v1.MessageAck.$Properties): wukf.v1.MessageAck;
             * }}
             */
            MessageAck.create = function(properties) {
                return new MessageAck(properties);
            };

            /**
             * Encodes the specified MessageAck message. Does not implicitly {@link wukf.v1.MessageAck.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.MessageAck
             * @static
             * @param {wukf.v1.MessageAck.$Properties} message MessageAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MessageAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.clientMessageId != null && $Object.hasOwnProperty.call(message, "clientMessageId") && message.clientMessageId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientMessageId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seq);
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.createdAtMs);
                if (message.duplicate != null && $Object.hasOwnProperty.call(message, "duplicate") && message.duplicate !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.duplicate);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MessageAck message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.MessageAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.MessageAck & wukf.v1.MessageAck.$Shape} MessageAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MessageAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.MessageAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientMessageId = value;
                            else
                                delete message.clientMessageId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.duplicate = value;
                            else
                                delete message.duplicate;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return MessageAck;
        })();

        v1.SystemEvent = (function() {

            /**
             * Properties of a SystemEvent.
             * @typedef {Object} wukf.v1.SystemEvent.$Properties
             * @property {wukf.v1.SystemEvent.Kind|null} [kind] SystemEvent kind
             * @property {wukf.v1.Participant.$Properties|null} [subject] SystemEvent subject
             * @property {wukf.v1.Participant.$Properties|null} [previous] SystemEvent previous
             * @property {string|null} [note] SystemEvent note
             * @property {wukf.v1.Participant.$Properties|null} [capacityOverriddenBy] SystemEvent capacityOverriddenBy
             * @property {wukf.v1.Assignment.$Properties|null} [assignment] SystemEvent assignment
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SystemEvent.
             * @memberof wukf.v1
             * @interface ISystemEvent
             * @augments wukf.v1.SystemEvent.$Properties
             * @deprecated Use wukf.v1.SystemEvent.$Properties instead.
             */

            /**
             * Shape of a SystemEvent.
             * @typedef {wukf.v1.SystemEvent.$Properties} wukf.v1.SystemEvent.$Shape
             */

            /**
             * Constructs a new SystemEvent.
             * @memberof wukf.v1
             * @classdesc Represents a SystemEvent.
             * @constructor
             * @param {wukf.v1.SystemEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SystemEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SystemEvent kind.
             * @member {wukf.v1.SystemEvent.Kind} kind
             * @memberof wukf.v1.SystemEvent
             * @instance
             */
            SystemEvent.prototype.kind = 0;

            /**
             * SystemEvent subject.
             * @member {wukf.v1.Participant.$Properties|null|undefined} subject
             * @memberof wukf.v1.SystemEvent
             * @instance
             */
            SystemEvent.prototype.subject = null;

            /**
             * SystemEvent previous.
             * @member {wukf.v1.Participant.$Properties|null|undefined} previous
             * @memberof wukf.v1.SystemEvent
             * @instance
             */
            SystemEvent.prototype.previous = null;

            /**
             * SystemEvent note.
             * @member {string} note
             * @memberof wukf.v1.SystemEvent
             * @instance
             */
            SystemEvent.prototype.note = "";

            /**
             * SystemEvent capacityOverriddenBy.
             * @member {wukf.v1.Participant.$Properties|null|undefined} capacityOverriddenBy
             * @memberof wukf.v1.SystemEvent
             * @instance
             */
            SystemEvent.prototype.capacityOverriddenBy = null;

            /**
             * SystemEvent assignment.
             * @member {wukf.v1.Assignment.$Properties|null|undefined} assignment
             * @memberof wukf.v1.SystemEvent
             * @instance
             */
            SystemEvent.prototype.assignment = null;

            /**
             * Creates a new SystemEvent instance using the specified properties.
             * @function create
             * @memberof wukf.v1.SystemEvent
             * @static
             * @param {wukf.v1.SystemEvent.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.SystemEvent} SystemEvent instance
             * @type {{
             *   (properties: wukf.v1.SystemEvent.$Shape): wukf.v1.SystemEvent & wukf.v1.SystemEvent.$Shape;
             *   (properties?: wukf.v1.SystemEvent.$Properties): wukf.v1.SystemEvent;
             * }}
             */
            SystemEvent.create = function(properties) {
                return new SystemEvent(properties);
            };

            /**
             * Encodes the specified SystemEvent message. Does not implicitly {@link wukf.v1.SystemEvent.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.SystemEvent
             * @static
             * @param {wukf.v1.SystemEvent.$Properties} message SystemEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SystemEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.subject != null && $Object.hasOwnProperty.call(message, "subject"))
                    $root.wukf.v1.Participant.encode(message.subject, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.previous != null && $Object.hasOwnProperty.call(message, "previous"))
                    $root.wukf.v1.Participant.encode(message.previous, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.note != null && $Object.hasOwnProperty.call(message, "note") && message.note !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.note);
                if (message.capacityOverriddenBy != null && $Object.hasOwnProperty.call(message, "capacityOverriddenBy"))
                    $root.wukf.v1.Participant.encode(message.capacityOverriddenBy, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.assignment != null && $Object.hasOwnProperty.call(message, "assignment"))
                    $root.wukf.v1.Assignment.encode(message.assignment, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SystemEvent message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.SystemEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.SystemEvent & wukf.v1.SystemEvent.$Shape} SystemEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SystemEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.SystemEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.subject = $root.wukf.v1.Participant.decode(reader, reader.size(), $undefined, _depth + 1, message.subject);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.previous = $root.wukf.v1.Participant.decode(reader, reader.size(), $undefined, _depth + 1, message.previous);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.note = value;
                            else
                                delete message.note;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.capacityOverriddenBy = $root.wukf.v1.Participant.decode(reader, reader.size(), $undefined, _depth + 1, message.capacityOverriddenBy);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.assignment = $root.wukf.v1.Assignment.decode(reader, reader.size(), $undefined, _depth + 1, message.assignment);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Kind enum.
             * @name wukf.v1.SystemEvent.Kind
             * @enum {number}
             * @property {number} KIND_UNSPECIFIED=0 KIND_UNSPECIFIED value
             * @property {number} KIND_OPENED=1 KIND_OPENED value
             * @property {number} KIND_JOINED=2 KIND_JOINED value
             * @property {number} KIND_LEFT=3 KIND_LEFT value
             * @property {number} KIND_TRANSFERRED=4 KIND_TRANSFERRED value
             * @property {number} KIND_CLOSED=5 KIND_CLOSED value
             * @property {number} KIND_ACCEPTED=6 KIND_ACCEPTED value
             * @property {number} KIND_REQUEUED=7 KIND_REQUEUED value
             */
            SystemEvent.Kind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "KIND_OPENED"] = 1;
                values[valuesById[2] = "KIND_JOINED"] = 2;
                values[valuesById[3] = "KIND_LEFT"] = 3;
                values[valuesById[4] = "KIND_TRANSFERRED"] = 4;
                values[valuesById[5] = "KIND_CLOSED"] = 5;
                values[valuesById[6] = "KIND_ACCEPTED"] = 6;
                values[valuesById[7] = "KIND_REQUEUED"] = 7;
                return values;
            })();

            return SystemEvent;
        })();

        v1.MessageEvent = (function() {

            /**
             * Properties of a MessageEvent.
             * @typedef {Object} wukf.v1.MessageEvent.$Properties
             * @property {string|null} [conversationId] MessageEvent conversationId
             * @property {number|null} [seq] MessageEvent seq
             * @property {string|null} [clientMessageId] MessageEvent clientMessageId
             * @property {wukf.v1.Participant.$Properties|null} [sender] MessageEvent sender
             * @property {number|null} [createdAtMs] MessageEvent createdAtMs
             * @property {string|null} [text] MessageEvent text
             * @property {wukf.v1.SystemEvent.$Properties|null} [system] MessageEvent system
             * @property {"text"|"system"} [content] MessageEvent content
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MessageEvent.
             * @memberof wukf.v1
             * @interface IMessageEvent
             * @augments wukf.v1.MessageEvent.$Properties
             * @deprecated Use wukf.v1.MessageEvent.$Properties instead.
             */

            /**
             * Narrowed shape of a MessageEvent.
             * @typedef {{
             *   conversationId?: string|null;
             *   seq?: number|null;
             *   clientMessageId?: string|null;
             *   sender?: wukf.v1.Participant.$Shape|null;
             *   createdAtMs?: number|null;
             *   text?: string|null;
             *   system?: wukf.v1.SystemEvent.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ content?: undefined; text?: null; system?: null }|{ content?: "text"; text: string; system?: null }|{ content?: "system"; text?: null; system: wukf.v1.SystemEvent.$Shape })
             * )} wukf.v1.MessageEvent.$Shape
             */

            /**
             * Constructs a new MessageEvent.
             * @memberof wukf.v1
             * @classdesc Represents a MessageEvent.
             * @constructor
             * @param {wukf.v1.MessageEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MessageEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MessageEvent conversationId.
             * @member {string} conversationId
             * @memberof wukf.v1.MessageEvent
             * @instance
             */
            MessageEvent.prototype.conversationId = "";

            /**
             * MessageEvent seq.
             * @member {number} seq
             * @memberof wukf.v1.MessageEvent
             * @instance
             */
            MessageEvent.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MessageEvent clientMessageId.
             * @member {string} clientMessageId
             * @memberof wukf.v1.MessageEvent
             * @instance
             */
            MessageEvent.prototype.clientMessageId = "";

            /**
             * MessageEvent sender.
             * @member {wukf.v1.Participant.$Properties|null|undefined} sender
             * @memberof wukf.v1.MessageEvent
             * @instance
             */
            MessageEvent.prototype.sender = null;

            /**
             * MessageEvent createdAtMs.
             * @member {number} createdAtMs
             * @memberof wukf.v1.MessageEvent
             * @instance
             */
            MessageEvent.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MessageEvent text.
             * @member {string|null|undefined} text
             * @memberof wukf.v1.MessageEvent
             * @instance
             */
            MessageEvent.prototype.text = null;

            /**
             * MessageEvent system.
             * @member {wukf.v1.SystemEvent.$Properties|null|undefined} system
             * @memberof wukf.v1.MessageEvent
             * @instance
             */
            MessageEvent.prototype.system = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * MessageEvent content.
             * @member {"text"|"system"|undefined} content
             * @memberof wukf.v1.MessageEvent
             * @instance
             */
            $Object.defineProperty(MessageEvent.prototype, "content", {
                get: $util.oneOfGetter($oneOfFields = ["text", "system"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new MessageEvent instance using the specified properties.
             * @function create
             * @memberof wukf.v1.MessageEvent
             * @static
             * @param {wukf.v1.MessageEvent.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.MessageEvent} MessageEvent instance
             * @type {{
             *   (properties: wukf.v1.MessageEvent.$Shape): wukf.v1.MessageEvent & wukf.v1.MessageEvent.$Shape;
             *   (properties?: wukf.v1.MessageEvent.$Properties): wukf.v1.MessageEvent;
             * }}
             */
            MessageEvent.create = function(properties) {
                return new MessageEvent(properties);
            };

            /**
             * Encodes the specified MessageEvent message. Does not implicitly {@link wukf.v1.MessageEvent.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.MessageEvent
             * @static
             * @param {wukf.v1.MessageEvent.$Properties} message MessageEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MessageEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.clientMessageId != null && $Object.hasOwnProperty.call(message, "clientMessageId") && message.clientMessageId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.clientMessageId);
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                    $root.wukf.v1.Participant.encode(message.sender, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.createdAtMs);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.text);
                if (message.system != null && $Object.hasOwnProperty.call(message, "system"))
                    $root.wukf.v1.SystemEvent.encode(message.system, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MessageEvent message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.MessageEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.MessageEvent & wukf.v1.MessageEvent.$Shape} MessageEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MessageEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.MessageEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientMessageId = value;
                            else
                                delete message.clientMessageId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.sender = $root.wukf.v1.Participant.decode(reader, reader.size(), $undefined, _depth + 1, message.sender);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.text = reader.stringVerify();
                            message.content = "text";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.system = $root.wukf.v1.SystemEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.system);
                            message.content = "system";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return MessageEvent;
        })();

        v1.ReceiptEvent = (function() {

            /**
             * Properties of a ReceiptEvent.
             * @typedef {Object} wukf.v1.ReceiptEvent.$Properties
             * @property {string|null} [conversationId] ReceiptEvent conversationId
             * @property {wukf.v1.Participant.$Properties|null} [participant] ReceiptEvent participant
             * @property {wukf.v1.ReceiptKind|null} [kind] ReceiptEvent kind
             * @property {number|null} [seq] ReceiptEvent seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReceiptEvent.
             * @memberof wukf.v1
             * @interface IReceiptEvent
             * @augments wukf.v1.ReceiptEvent.$Properties
             * @deprecated Use wukf.v1.ReceiptEvent.$Properties instead.
             */

            /**
             * Shape of a ReceiptEvent.
             * @typedef {wukf.v1.ReceiptEvent.$Properties} wukf.v1.ReceiptEvent.$Shape
             */

            /**
             * Constructs a new ReceiptEvent.
             * @memberof wukf.v1
             * @classdesc Represents a ReceiptEvent.
             * @constructor
             * @param {wukf.v1.ReceiptEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReceiptEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReceiptEvent conversationId.
             * @member {string} conversationId
             * @memberof wukf.v1.ReceiptEvent
             * @instance
             */
            ReceiptEvent.prototype.conversationId = "";

            /**
             * ReceiptEvent participant.
             * @member {wukf.v1.Participant.$Properties|null|undefined} participant
             * @memberof wukf.v1.ReceiptEvent
             * @instance
             */
            ReceiptEvent.prototype.participant = null;

            /**
             * ReceiptEvent kind.
             * @member {wukf.v1.ReceiptKind} kind
             * @memberof wukf.v1.ReceiptEvent
             * @instance
             */
            ReceiptEvent.prototype.kind = 0;

            /**
             * ReceiptEvent seq.
             * @member {number} seq
             * @memberof wukf.v1.ReceiptEvent
             * @instance
             */
            ReceiptEvent.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ReceiptEvent instance using the specified properties.
             * @function create
             * @memberof wukf.v1.ReceiptEvent
             * @static
             * @param {wukf.v1.ReceiptEvent.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.ReceiptEvent} ReceiptEvent instance
             * @type {{
             *   (properties: wukf.v1.ReceiptEvent.$Shape): wukf.v1.ReceiptEvent & wukf.v1.ReceiptEvent.$Shape;
             *   (properties?: wukf.v1.ReceiptEvent.$Properties): wukf.v1.ReceiptEvent;
             * }}
             */
            ReceiptEvent.create = function(properties) {
                return new ReceiptEvent(properties);
            };

            /**
             * Encodes the specified ReceiptEvent message. Does not implicitly {@link wukf.v1.ReceiptEvent.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.ReceiptEvent
             * @static
             * @param {wukf.v1.ReceiptEvent.$Properties} message ReceiptEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReceiptEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.participant != null && $Object.hasOwnProperty.call(message, "participant"))
                    $root.wukf.v1.Participant.encode(message.participant, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReceiptEvent message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.ReceiptEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.ReceiptEvent & wukf.v1.ReceiptEvent.$Shape} ReceiptEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReceiptEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.ReceiptEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.participant = $root.wukf.v1.Participant.decode(reader, reader.size(), $undefined, _depth + 1, message.participant);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ReceiptEvent;
        })();

        v1.TypingEvent = (function() {

            /**
             * Properties of a TypingEvent.
             * @typedef {Object} wukf.v1.TypingEvent.$Properties
             * @property {string|null} [conversationId] TypingEvent conversationId
             * @property {wukf.v1.Participant.$Properties|null} [participant] TypingEvent participant
             * @property {boolean|null} [typing] TypingEvent typing
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TypingEvent.
             * @memberof wukf.v1
             * @interface ITypingEvent
             * @augments wukf.v1.TypingEvent.$Properties
             * @deprecated Use wukf.v1.TypingEvent.$Properties instead.
             */

            /**
             * Shape of a TypingEvent.
             * @typedef {wukf.v1.TypingEvent.$Properties} wukf.v1.TypingEvent.$Shape
             */

            /**
             * Constructs a new TypingEvent.
             * @memberof wukf.v1
             * @classdesc Represents a TypingEvent.
             * @constructor
             * @param {wukf.v1.TypingEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TypingEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TypingEvent conversationId.
             * @member {string} conversationId
             * @memberof wukf.v1.TypingEvent
             * @instance
             */
            TypingEvent.prototype.conversationId = "";

            /**
             * TypingEvent participant.
             * @member {wukf.v1.Participant.$Properties|null|undefined} participant
             * @memberof wukf.v1.TypingEvent
             * @instance
             */
            TypingEvent.prototype.participant = null;

            /**
             * TypingEvent typing.
             * @member {boolean} typing
             * @memberof wukf.v1.TypingEvent
             * @instance
             */
            TypingEvent.prototype.typing = false;

            /**
             * Creates a new TypingEvent instance using the specified properties.
             * @function create
             * @memberof wukf.v1.TypingEvent
             * @static
             * @param {wukf.v1.TypingEvent.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.TypingEvent} TypingEvent instance
             * @type {{
             *   (properties: wukf.v1.TypingEvent.$Shape): wukf.v1.TypingEvent & wukf.v1.TypingEvent.$Shape;
             *   (properties?: wukf.v1.TypingEvent.$Properties): wukf.v1.TypingEvent;
             * }}
             */
            TypingEvent.create = function(properties) {
                return new TypingEvent(properties);
            };

            /**
             * Encodes the specified TypingEvent message. Does not implicitly {@link wukf.v1.TypingEvent.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.TypingEvent
             * @static
             * @param {wukf.v1.TypingEvent.$Properties} message TypingEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TypingEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.participant != null && $Object.hasOwnProperty.call(message, "participant"))
                    $root.wukf.v1.Participant.encode(message.participant, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.typing != null && $Object.hasOwnProperty.call(message, "typing") && message.typing !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.typing);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TypingEvent message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.TypingEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.TypingEvent & wukf.v1.TypingEvent.$Shape} TypingEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TypingEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.TypingEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.participant = $root.wukf.v1.Participant.decode(reader, reader.size(), $undefined, _depth + 1, message.participant);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.typing = value;
                            else
                                delete message.typing;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return TypingEvent;
        })();

        v1.PresenceEvent = (function() {

            /**
             * Properties of a PresenceEvent.
             * @typedef {Object} wukf.v1.PresenceEvent.$Properties
             * @property {wukf.v1.Participant.$Properties|null} [participant] PresenceEvent participant
             * @property {wukf.v1.PresenceStatus|null} [status] PresenceEvent status
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PresenceEvent.
             * @memberof wukf.v1
             * @interface IPresenceEvent
             * @augments wukf.v1.PresenceEvent.$Properties
             * @deprecated Use wukf.v1.PresenceEvent.$Properties instead.
             */

            /**
             * Shape of a PresenceEvent.
             * @typedef {wukf.v1.PresenceEvent.$Properties} wukf.v1.PresenceEvent.$Shape
             */

            /**
             * Constructs a new PresenceEvent.
             * @memberof wukf.v1
             * @classdesc Represents a PresenceEvent.
             * @constructor
             * @param {wukf.v1.PresenceEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PresenceEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PresenceEvent participant.
             * @member {wukf.v1.Participant.$Properties|null|undefined} participant
             * @memberof wukf.v1.PresenceEvent
             * @instance
             */
            PresenceEvent.prototype.participant = null;

            /**
             * PresenceEvent status.
             * @member {wukf.v1.PresenceStatus} status
             * @memberof wukf.v1.PresenceEvent
             * @instance
             */
            PresenceEvent.prototype.status = 0;

            /**
             * Creates a new PresenceEvent instance using the specified properties.
             * @function create
             * @memberof wukf.v1.PresenceEvent
             * @static
             * @param {wukf.v1.PresenceEvent.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.PresenceEvent} PresenceEvent instance
             * @type {{
             *   (properties: wukf.v1.PresenceEvent.$Shape): wukf.v1.PresenceEvent & wukf.v1.PresenceEvent.$Shape;
             *   (properties?: wukf.v1.PresenceEvent.$Properties): wukf.v1.PresenceEvent;
             * }}
             */
            PresenceEvent.create = function(properties) {
                return new PresenceEvent(properties);
            };

            /**
             * Encodes the specified PresenceEvent message. Does not implicitly {@link wukf.v1.PresenceEvent.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.PresenceEvent
             * @static
             * @param {wukf.v1.PresenceEvent.$Properties} message PresenceEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PresenceEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.participant != null && $Object.hasOwnProperty.call(message, "participant"))
                    $root.wukf.v1.Participant.encode(message.participant, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PresenceEvent message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.PresenceEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.PresenceEvent & wukf.v1.PresenceEvent.$Shape} PresenceEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PresenceEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.PresenceEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.participant = $root.wukf.v1.Participant.decode(reader, reader.size(), $undefined, _depth + 1, message.participant);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PresenceEvent;
        })();

        v1.ConversationEvent = (function() {

            /**
             * Properties of a ConversationEvent.
             * @typedef {Object} wukf.v1.ConversationEvent.$Properties
             * @property {wukf.v1.ConversationSnapshot.$Properties|null} [conversation] ConversationEvent conversation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConversationEvent.
             * @memberof wukf.v1
             * @interface IConversationEvent
             * @augments wukf.v1.ConversationEvent.$Properties
             * @deprecated Use wukf.v1.ConversationEvent.$Properties instead.
             */

            /**
             * Shape of a ConversationEvent.
             * @typedef {wukf.v1.ConversationEvent.$Properties} wukf.v1.ConversationEvent.$Shape
             */

            /**
             * Constructs a new ConversationEvent.
             * @memberof wukf.v1
             * @classdesc Represents a ConversationEvent.
             * @constructor
             * @param {wukf.v1.ConversationEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConversationEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConversationEvent conversation.
             * @member {wukf.v1.ConversationSnapshot.$Properties|null|undefined} conversation
             * @memberof wukf.v1.ConversationEvent
             * @instance
             */
            ConversationEvent.prototype.conversation = null;

            /**
             * Creates a new ConversationEvent instance using the specified properties.
             * @function create
             * @memberof wukf.v1.ConversationEvent
             * @static
             * @param {wukf.v1.ConversationEvent.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.ConversationEvent} ConversationEvent instance
             * @type {{
             *   (properties: wukf.v1.ConversationEvent.$Shape): wukf.v1.ConversationEvent & wukf.v1.ConversationEvent.$Shape;
             *   (properties?: wukf.v1.ConversationEvent.$Properties): wukf.v1.ConversationEvent;
             * }}
             */
            ConversationEvent.create = function(properties) {
                return new ConversationEvent(properties);
            };

            /**
             * Encodes the specified ConversationEvent message. Does not implicitly {@link wukf.v1.ConversationEvent.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.ConversationEvent
             * @static
             * @param {wukf.v1.ConversationEvent.$Properties} message ConversationEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConversationEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversation != null && $Object.hasOwnProperty.call(message, "conversation"))
                    $root.wukf.v1.ConversationSnapshot.encode(message.conversation, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConversationEvent message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.ConversationEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.ConversationEvent & wukf.v1.ConversationEvent.$Shape} ConversationEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConversationEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.ConversationEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.conversation = $root.wukf.v1.ConversationSnapshot.decode(reader, reader.size(), $undefined, _depth + 1, message.conversation);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ConversationEvent;
        })();

        v1.QueuedConversation = (function() {

            /**
             * Properties of a QueuedConversation.
             * @typedef {Object} wukf.v1.QueuedConversation.$Properties
             * @property {wukf.v1.ConversationSnapshot.$Properties|null} [conversation] QueuedConversation conversation
             * @property {number|null} [position] QueuedConversation position
             * @property {number|null} [waitedS] QueuedConversation waitedS
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueuedConversation.
             * @memberof wukf.v1
             * @interface IQueuedConversation
             * @augments wukf.v1.QueuedConversation.$Properties
             * @deprecated Use wukf.v1.QueuedConversation.$Properties instead.
             */

            /**
             * Shape of a QueuedConversation.
             * @typedef {wukf.v1.QueuedConversation.$Properties} wukf.v1.QueuedConversation.$Shape
             */

            /**
             * Constructs a new QueuedConversation.
             * @memberof wukf.v1
             * @classdesc Represents a QueuedConversation.
             * @constructor
             * @param {wukf.v1.QueuedConversation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueuedConversation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueuedConversation conversation.
             * @member {wukf.v1.ConversationSnapshot.$Properties|null|undefined} conversation
             * @memberof wukf.v1.QueuedConversation
             * @instance
             */
            QueuedConversation.prototype.conversation = null;

            /**
             * QueuedConversation position.
             * @member {number} position
             * @memberof wukf.v1.QueuedConversation
             * @instance
             */
            QueuedConversation.prototype.position = 0;

            /**
             * QueuedConversation waitedS.
             * @member {number} waitedS
             * @memberof wukf.v1.QueuedConversation
             * @instance
             */
            QueuedConversation.prototype.waitedS = 0;

            /**
             * Creates a new QueuedConversation instance using the specified properties.
             * @function create
             * @memberof wukf.v1.QueuedConversation
             * @static
             * @param {wukf.v1.QueuedConversation.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.QueuedConversation} QueuedConversation instance
             * @type {{
             *   (properties: wukf.v1.QueuedConversation.$Shape): wukf.v1.QueuedConversation & wukf.v1.QueuedConversation.$Shape;
             *   (properties?: wukf.v1.QueuedConversation.$Properties): wukf.v1.QueuedConversation;
             * }}
             */
            QueuedConversation.create = function(properties) {
                return new QueuedConversation(properties);
            };

            /**
             * Encodes the specified QueuedConversation message. Does not implicitly {@link wukf.v1.QueuedConversation.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.QueuedConversation
             * @static
             * @param {wukf.v1.QueuedConversation.$Properties} message QueuedConversation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueuedConversation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversation != null && $Object.hasOwnProperty.call(message, "conversation"))
                    $root.wukf.v1.ConversationSnapshot.encode(message.conversation, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.position != null && $Object.hasOwnProperty.call(message, "position") && message.position !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.position);
                if (message.waitedS != null && $Object.hasOwnProperty.call(message, "waitedS") && message.waitedS !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.waitedS);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QueuedConversation message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.QueuedConversation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.QueuedConversation & wukf.v1.QueuedConversation.$Shape} QueuedConversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueuedConversation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.QueuedConversation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.conversation = $root.wukf.v1.ConversationSnapshot.decode(reader, reader.size(), $undefined, _depth + 1, message.conversation);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.position = value;
                            else
                                delete message.position;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.waitedS = value;
                            else
                                delete message.waitedS;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return QueuedConversation;
        })();

        v1.QueueEvent = (function() {

            /**
             * Properties of a QueueEvent.
             * @typedef {Object} wukf.v1.QueueEvent.$Properties
             * @property {string|null} [conversationId] QueueEvent conversationId
             * @property {number|null} [position] QueueEvent position
             * @property {number|null} [estimatedWaitS] QueueEvent estimatedWaitS
             * @property {Array.<wukf.v1.QueuedConversation.$Properties>|null} [entries] QueueEvent entries
             * @property {wukf.v1.QueueEvent.Kind|null} [kind] QueueEvent kind
             * @property {number|null} [total] QueueEvent total
             * @property {number|null} [offset] QueueEvent offset
             * @property {Array.<string>|null} [removed] QueueEvent removed
             * @property {number|null} [version] QueueEvent version
             * @property {boolean|null} [nobodyAvailable] QueueEvent nobodyAvailable
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueueEvent.
             * @memberof wukf.v1
             * @interface IQueueEvent
             * @augments wukf.v1.QueueEvent.$Properties
             * @deprecated Use wukf.v1.QueueEvent.$Properties instead.
             */

            /**
             * Shape of a QueueEvent.
             * @typedef {wukf.v1.QueueEvent.$Properties} wukf.v1.QueueEvent.$Shape
             */

            /**
             * Constructs a new QueueEvent.
             * @memberof wukf.v1
             * @classdesc Represents a QueueEvent.
             * @constructor
             * @param {wukf.v1.QueueEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueueEvent = function (properties) {
                this.entries = [];
                this.removed = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueueEvent conversationId.
             * @member {string} conversationId
             * @memberof wukf.v1.QueueEvent
             * @instance
             */
            QueueEvent.prototype.conversationId = "";

            /**
             * QueueEvent position.
             * @member {number} position
             * @memberof wukf.v1.QueueEvent
             * @instance
             */
            QueueEvent.prototype.position = 0;

            /**
             * QueueEvent estimatedWaitS.
             * @member {number} estimatedWaitS
             * @memberof wukf.v1.QueueEvent
             * @instance
             */
            QueueEvent.prototype.estimatedWaitS = 0;

            /**
             * QueueEvent entries.
             * @member {Array.<wukf.v1.QueuedConversation.$Properties>} entries
             * @memberof wukf.v1.QueueEvent
             * @instance
             */
            QueueEvent.prototype.entries = $util.emptyArray;

            /**
             * QueueEvent kind.
             * @member {wukf.v1.QueueEvent.Kind} kind
             * @memberof wukf.v1.QueueEvent
             * @instance
             */
            QueueEvent.prototype.kind = 0;

            /**
             * QueueEvent total.
             * @member {number} total
             * @memberof wukf.v1.QueueEvent
             * @instance
             */
            QueueEvent.prototype.total = 0;

            /**
             * QueueEvent offset.
             * @member {number} offset
             * @memberof wukf.v1.QueueEvent
             * @instance
             */
            QueueEvent.prototype.offset = 0;

            /**
             * QueueEvent removed.
             * @member {Array.<string>} removed
             * @memberof wukf.v1.QueueEvent
             * @instance
             */
            QueueEvent.prototype.removed = $util.emptyArray;

            /**
             * QueueEvent version.
             * @member {number} version
             * @memberof wukf.v1.QueueEvent
             * @instance
             */
            QueueEvent.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * QueueEvent nobodyAvailable.
             * @member {boolean} nobodyAvailable
             * @memberof wukf.v1.QueueEvent
             * @instance
             */
            QueueEvent.prototype.nobodyAvailable = false;

            /**
             * Creates a new QueueEvent instance using the specified properties.
             * @function create
             * @memberof wukf.v1.QueueEvent
             * @static
             * @param {wukf.v1.QueueEvent.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.QueueEvent} QueueEvent instance
             * @type {{
             *   (properties: wukf.v1.QueueEvent.$Shape): wukf.v1.QueueEvent & wukf.v1.QueueEvent.$Shape;
             *   (properties?: wukf.v1.QueueEvent.$Properties): wukf.v1.QueueEvent;
             * }}
             */
            QueueEvent.create = function(properties) {
                return new QueueEvent(properties);
            };

            /**
             * Encodes the specified QueueEvent message. Does not implicitly {@link wukf.v1.QueueEvent.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.QueueEvent
             * @static
             * @param {wukf.v1.QueueEvent.$Properties} message QueueEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueueEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.position != null && $Object.hasOwnProperty.call(message, "position") && message.position !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.position);
                if (message.estimatedWaitS != null && $Object.hasOwnProperty.call(message, "estimatedWaitS") && message.estimatedWaitS !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.estimatedWaitS);
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.wukf.v1.QueuedConversation.encode(message.entries[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.kind);
                if (message.total != null && $Object.hasOwnProperty.call(message, "total") && message.total !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.total);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && message.offset !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.offset);
                if (message.removed != null && message.removed.length)
                    for (let i = 0; i < message.removed.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.removed[i]);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.version);
                if (message.nobodyAvailable != null && $Object.hasOwnProperty.call(message, "nobodyAvailable") && message.nobodyAvailable !== false)
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.nobodyAvailable);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QueueEvent message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.QueueEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.QueueEvent & wukf.v1.QueueEvent.$Shape} QueueEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueueEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.QueueEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.position = value;
                            else
                                delete message.position;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.estimatedWaitS = value;
                            else
                                delete message.estimatedWaitS;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.wukf.v1.QueuedConversation.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.total = value;
                            else
                                delete message.total;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.removed && message.removed.length))
                                message.removed = [];
                            message.removed.push(reader.stringVerify());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.nobodyAvailable = value;
                            else
                                delete message.nobodyAvailable;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Kind enum.
             * @name wukf.v1.QueueEvent.Kind
             * @enum {number}
             * @property {number} KIND_UNSPECIFIED=0 KIND_UNSPECIFIED value
             * @property {number} KIND_PAGE=1 KIND_PAGE value
             * @property {number} KIND_DELTA=2 KIND_DELTA value
             */
            QueueEvent.Kind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "KIND_PAGE"] = 1;
                values[valuesById[2] = "KIND_DELTA"] = 2;
                return values;
            })();

            return QueueEvent;
        })();

        v1.FollowUp = (function() {

            /**
             * Properties of a FollowUp.
             * @typedef {Object} wukf.v1.FollowUp.$Properties
             * @property {wukf.v1.ConversationSnapshot.$Properties|null} [conversation] FollowUp conversation
             * @property {number|null} [leftAtMs] FollowUp leftAtMs
             * @property {number|null} [messageCount] FollowUp messageCount
             * @property {number|null} [lastMessageAtMs] FollowUp lastMessageAtMs
             * @property {string|null} [lastMessage] FollowUp lastMessage
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FollowUp.
             * @memberof wukf.v1
             * @interface IFollowUp
             * @augments wukf.v1.FollowUp.$Properties
             * @deprecated Use wukf.v1.FollowUp.$Properties instead.
             */

            /**
             * Shape of a FollowUp.
             * @typedef {wukf.v1.FollowUp.$Properties} wukf.v1.FollowUp.$Shape
             */

            /**
             * Constructs a new FollowUp.
             * @memberof wukf.v1
             * @classdesc Represents a FollowUp.
             * @constructor
             * @param {wukf.v1.FollowUp.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FollowUp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FollowUp conversation.
             * @member {wukf.v1.ConversationSnapshot.$Properties|null|undefined} conversation
             * @memberof wukf.v1.FollowUp
             * @instance
             */
            FollowUp.prototype.conversation = null;

            /**
             * FollowUp leftAtMs.
             * @member {number} leftAtMs
             * @memberof wukf.v1.FollowUp
             * @instance
             */
            FollowUp.prototype.leftAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FollowUp messageCount.
             * @member {number} messageCount
             * @memberof wukf.v1.FollowUp
             * @instance
             */
            FollowUp.prototype.messageCount = 0;

            /**
             * FollowUp lastMessageAtMs.
             * @member {number} lastMessageAtMs
             * @memberof wukf.v1.FollowUp
             * @instance
             */
            FollowUp.prototype.lastMessageAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FollowUp lastMessage.
             * @member {string} lastMessage
             * @memberof wukf.v1.FollowUp
             * @instance
             */
            FollowUp.prototype.lastMessage = "";

            /**
             * Creates a new FollowUp instance using the specified properties.
             * @function create
             * @memberof wukf.v1.FollowUp
             * @static
             * @param {wukf.v1.FollowUp.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.FollowUp} FollowUp instance
             * @type {{
             *   (properties: wukf.v1.FollowUp.$Shape): wukf.v1.FollowUp & wukf.v1.FollowUp.$Shape;
             *   (properties?: wukf.v1.FollowUp.$Properties): wukf.v1.FollowUp;
             * }}
             */
            FollowUp.create = function(properties) {
                return new FollowUp(properties);
            };

            /**
             * Encodes the specified FollowUp message. Does not implicitly {@link wukf.v1.FollowUp.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.FollowUp
             * @static
             * @param {wukf.v1.FollowUp.$Properties} message FollowUp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FollowUp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversation != null && $Object.hasOwnProperty.call(message, "conversation"))
                    $root.wukf.v1.ConversationSnapshot.encode(message.conversation, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.leftAtMs != null && $Object.hasOwnProperty.call(message, "leftAtMs") && (typeof message.leftAtMs === "object" ? message.leftAtMs.low || message.leftAtMs.high : message.leftAtMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.leftAtMs);
                if (message.messageCount != null && $Object.hasOwnProperty.call(message, "messageCount") && message.messageCount !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.messageCount);
                if (message.lastMessageAtMs != null && $Object.hasOwnProperty.call(message, "lastMessageAtMs") && (typeof message.lastMessageAtMs === "object" ? message.lastMessageAtMs.low || message.lastMessageAtMs.high : message.lastMessageAtMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.lastMessageAtMs);
                if (message.lastMessage != null && $Object.hasOwnProperty.call(message, "lastMessage") && message.lastMessage !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.lastMessage);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FollowUp message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.FollowUp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.FollowUp & wukf.v1.FollowUp.$Shape} FollowUp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FollowUp.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.FollowUp();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.conversation = $root.wukf.v1.ConversationSnapshot.decode(reader, reader.size(), $undefined, _depth + 1, message.conversation);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.leftAtMs = value;
                            else
                                delete message.leftAtMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.messageCount = value;
                            else
                                delete message.messageCount;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastMessageAtMs = value;
                            else
                                delete message.lastMessageAtMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.lastMessage = value;
                            else
                                delete message.lastMessage;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return FollowUp;
        })();

        v1.FollowUpPage = (function() {

            /**
             * Properties of a FollowUpPage.
             * @typedef {Object} wukf.v1.FollowUpPage.$Properties
             * @property {Array.<wukf.v1.FollowUp.$Properties>|null} [entries] FollowUpPage entries
             * @property {number|null} [total] FollowUpPage total
             * @property {number|null} [offset] FollowUpPage offset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FollowUpPage.
             * @memberof wukf.v1
             * @interface IFollowUpPage
             * @augments wukf.v1.FollowUpPage.$Properties
             * @deprecated Use wukf.v1.FollowUpPage.$Properties instead.
             */

            /**
             * Shape of a FollowUpPage.
             * @typedef {wukf.v1.FollowUpPage.$Properties} wukf.v1.FollowUpPage.$Shape
             */

            /**
             * Constructs a new FollowUpPage.
             * @memberof wukf.v1
             * @classdesc Represents a FollowUpPage.
             * @constructor
             * @param {wukf.v1.FollowUpPage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FollowUpPage = function (properties) {
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FollowUpPage entries.
             * @member {Array.<wukf.v1.FollowUp.$Properties>} entries
             * @memberof wukf.v1.FollowUpPage
             * @instance
             */
            FollowUpPage.prototype.entries = $util.emptyArray;

            /**
             * FollowUpPage total.
             * @member {number} total
             * @memberof wukf.v1.FollowUpPage
             * @instance
             */
            FollowUpPage.prototype.total = 0;

            /**
             * FollowUpPage offset.
             * @member {number} offset
             * @memberof wukf.v1.FollowUpPage
             * @instance
             */
            FollowUpPage.prototype.offset = 0;

            /**
             * Creates a new FollowUpPage instance using the specified properties.
             * @function create
             * @memberof wukf.v1.FollowUpPage
             * @static
             * @param {wukf.v1.FollowUpPage.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.FollowUpPage} FollowUpPage instance
             * @type {{
             *   (properties: wukf.v1.FollowUpPage.$Shape): wukf.v1.FollowUpPage & wukf.v1.FollowUpPage.$Shape;
             *   (properties?: wukf.v1.FollowUpPage.$Properties): wukf.v1.FollowUpPage;
             * }}
             */
            FollowUpPage.create = function(properties) {
                return new FollowUpPage(properties);
            };

            /**
             * Encodes the specified FollowUpPage message. Does not implicitly {@link wukf.v1.FollowUpPage.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.FollowUpPage
             * @static
             * @param {wukf.v1.FollowUpPage.$Properties} message FollowUpPage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FollowUpPage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.wukf.v1.FollowUp.encode(message.entries[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.total != null && $Object.hasOwnProperty.call(message, "total") && message.total !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.total);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && message.offset !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.offset);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FollowUpPage message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.FollowUpPage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.FollowUpPage & wukf.v1.FollowUpPage.$Shape} FollowUpPage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FollowUpPage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.FollowUpPage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.wukf.v1.FollowUp.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.total = value;
                            else
                                delete message.total;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return FollowUpPage;
        })();

        v1.FollowUpsChanged = (function() {

            /**
             * Properties of a FollowUpsChanged.
             * @typedef {Object} wukf.v1.FollowUpsChanged.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FollowUpsChanged.
             * @memberof wukf.v1
             * @interface IFollowUpsChanged
             * @augments wukf.v1.FollowUpsChanged.$Properties
             * @deprecated Use wukf.v1.FollowUpsChanged.$Properties instead.
             */

            /**
             * Shape of a FollowUpsChanged.
             * @typedef {wukf.v1.FollowUpsChanged.$Properties} wukf.v1.FollowUpsChanged.$Shape
             */

            /**
             * Constructs a new FollowUpsChanged.
             * @memberof wukf.v1
             * @classdesc Represents a FollowUpsChanged.
             * @constructor
             * @param {wukf.v1.FollowUpsChanged.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FollowUpsChanged = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new FollowUpsChanged instance using the specified properties.
             * @function create
             * @memberof wukf.v1.FollowUpsChanged
             * @static
             * @param {wukf.v1.FollowUpsChanged.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.FollowUpsChanged} FollowUpsChanged instance
             * @type {{
             *   (properties: wukf.v1.FollowUpsChanged.$Shape): wukf.v1.FollowUpsChanged & wukf.v1.FollowUpsChanged.$Shape;
             *   (properties?: wukf.v1.FollowUpsChanged.$Properties): wukf.v1.FollowUpsChanged;
             * }}
             */
            FollowUpsChanged.create = function(properties) {
                return new FollowUpsChanged(properties);
            };

            /**
             * Encodes the specified FollowUpsChanged message. Does not implicitly {@link wukf.v1.FollowUpsChanged.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.FollowUpsChanged
             * @static
             * @param {wukf.v1.FollowUpsChanged.$Properties} message FollowUpsChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FollowUpsChanged.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FollowUpsChanged message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.FollowUpsChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.FollowUpsChanged & wukf.v1.FollowUpsChanged.$Shape} FollowUpsChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FollowUpsChanged.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.FollowUpsChanged();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return FollowUpsChanged;
        })();

        v1.HistoryPage = (function() {

            /**
             * Properties of a HistoryPage.
             * @typedef {Object} wukf.v1.HistoryPage.$Properties
             * @property {string|null} [conversationId] HistoryPage conversationId
             * @property {Array.<wukf.v1.MessageEvent.$Properties>|null} [messages] HistoryPage messages
             * @property {boolean|null} [hasMore] HistoryPage hasMore
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HistoryPage.
             * @memberof wukf.v1
             * @interface IHistoryPage
             * @augments wukf.v1.HistoryPage.$Properties
             * @deprecated Use wukf.v1.HistoryPage.$Properties instead.
             */

            /**
             * Shape of a HistoryPage.
             * @typedef {{
             *   conversationId?: string|null;
             *   messages?: Array.<wukf.v1.MessageEvent.$Shape>|null;
             *   hasMore?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} wukf.v1.HistoryPage.$Shape
             */

            /**
             * Constructs a new HistoryPage.
             * @memberof wukf.v1
             * @classdesc Represents a HistoryPage.
             * @constructor
             * @param {wukf.v1.HistoryPage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HistoryPage = function (properties) {
                this.messages = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HistoryPage conversationId.
             * @member {string} conversationId
             * @memberof wukf.v1.HistoryPage
             * @instance
             */
            HistoryPage.prototype.conversationId = "";

            /**
             * HistoryPage messages.
             * @member {Array.<wukf.v1.MessageEvent.$Properties>} messages
             * @memberof wukf.v1.HistoryPage
             * @instance
             */
            HistoryPage.prototype.messages = $util.emptyArray;

            /**
             * HistoryPage hasMore.
             * @member {boolean} hasMore
             * @memberof wukf.v1.HistoryPage
             * @instance
             */
            HistoryPage.prototype.hasMore = false;

            /**
             * Creates a new HistoryPage instance using the specified properties.
             * @function create
             * @memberof wukf.v1.HistoryPage
             * @static
             * @param {wukf.v1.HistoryPage.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.HistoryPage} HistoryPage instance
             * @type {{
             *   (properties: wukf.v1.HistoryPage.$Shape): wukf.v1.HistoryPage & wukf.v1.HistoryPage.$Shape;
             *   (properties?: wukf.v1.HistoryPage.$Properties): wukf.v1.HistoryPage;
             * }}
             */
            HistoryPage.create = function(properties) {
                return new HistoryPage(properties);
            };

            /**
             * Encodes the specified HistoryPage message. Does not implicitly {@link wukf.v1.HistoryPage.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.HistoryPage
             * @static
             * @param {wukf.v1.HistoryPage.$Properties} message HistoryPage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HistoryPage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.messages != null && message.messages.length)
                    for (let i = 0; i < message.messages.length; ++i)
                        $root.wukf.v1.MessageEvent.encode(message.messages[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.hasMore != null && $Object.hasOwnProperty.call(message, "hasMore") && message.hasMore !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.hasMore);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HistoryPage message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.HistoryPage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.HistoryPage & wukf.v1.HistoryPage.$Shape} HistoryPage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HistoryPage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.HistoryPage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.messages && message.messages.length))
                                message.messages = [];
                            message.messages.push($root.wukf.v1.MessageEvent.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.hasMore = value;
                            else
                                delete message.hasMore;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return HistoryPage;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} wukf.v1.Error.$Properties
             * @property {string|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {string|null} [conversationId] Error conversationId
             * @property {string|null} [clientMessageId] Error clientMessageId
             * @property {number|null} [retryAfterMs] Error retryAfterMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof wukf.v1
             * @interface IError
             * @augments wukf.v1.Error.$Properties
             * @deprecated Use wukf.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {wukf.v1.Error.$Properties} wukf.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof wukf.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {wukf.v1.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Error code.
             * @member {string} code
             * @memberof wukf.v1.Error
             * @instance
             */
            Error.prototype.code = "";

            /**
             * Error message.
             * @member {string} message
             * @memberof wukf.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Error conversationId.
             * @member {string} conversationId
             * @memberof wukf.v1.Error
             * @instance
             */
            Error.prototype.conversationId = "";

            /**
             * Error clientMessageId.
             * @member {string} clientMessageId
             * @memberof wukf.v1.Error
             * @instance
             */
            Error.prototype.clientMessageId = "";

            /**
             * Error retryAfterMs.
             * @member {number} retryAfterMs
             * @memberof wukf.v1.Error
             * @instance
             */
            Error.prototype.retryAfterMs = 0;

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof wukf.v1.Error
             * @static
             * @param {wukf.v1.Error.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.Error} Error instance
             * @type {{
             *   (properties: wukf.v1.Error.$Shape): wukf.v1.Error & wukf.v1.Error.$Shape;
             *   (properties?: wukf.v1.Error.$Properties): wukf.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link wukf.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.Error
             * @static
             * @param {wukf.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.conversationId);
                if (message.clientMessageId != null && $Object.hasOwnProperty.call(message, "clientMessageId") && message.clientMessageId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.clientMessageId);
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs") && message.retryAfterMs !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.retryAfterMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.Error & wukf.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.Error();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientMessageId = value;
                            else
                                delete message.clientMessageId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.retryAfterMs = value;
                            else
                                delete message.retryAfterMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Error;
        })();

        v1.DashboardAgent = (function() {

            /**
             * Properties of a DashboardAgent.
             * @typedef {Object} wukf.v1.DashboardAgent.$Properties
             * @property {string|null} [username] DashboardAgent username
             * @property {string|null} [displayName] DashboardAgent displayName
             * @property {wukf.v1.PresenceStatus|null} [status] DashboardAgent status
             * @property {number|null} [load] DashboardAgent load
             * @property {number|null} [maxConcurrent] DashboardAgent maxConcurrent
             * @property {Array.<string>|null} [groups] DashboardAgent groups
             * @property {Array.<string>|null} [skills] DashboardAgent skills
             * @property {Array.<string>|null} [languages] DashboardAgent languages
             * @property {boolean|null} [onShift] DashboardAgent onShift
             * @property {number|null} [lastActivityMs] DashboardAgent lastActivityMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DashboardAgent.
             * @memberof wukf.v1
             * @interface IDashboardAgent
             * @augments wukf.v1.DashboardAgent.$Properties
             * @deprecated Use wukf.v1.DashboardAgent.$Properties instead.
             */

            /**
             * Shape of a DashboardAgent.
             * @typedef {wukf.v1.DashboardAgent.$Properties} wukf.v1.DashboardAgent.$Shape
             */

            /**
             * Constructs a new DashboardAgent.
             * @memberof wukf.v1
             * @classdesc Represents a DashboardAgent.
             * @constructor
             * @param {wukf.v1.DashboardAgent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DashboardAgent = function (properties) {
                this.groups = [];
                this.skills = [];
                this.languages = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DashboardAgent username.
             * @member {string} username
             * @memberof wukf.v1.DashboardAgent
             * @instance
             */
            DashboardAgent.prototype.username = "";

            /**
             * DashboardAgent displayName.
             * @member {string} displayName
             * @memberof wukf.v1.DashboardAgent
             * @instance
             */
            DashboardAgent.prototype.displayName = "";

            /**
             * DashboardAgent status.
             * @member {wukf.v1.PresenceStatus} status
             * @memberof wukf.v1.DashboardAgent
             * @instance
             */
            DashboardAgent.prototype.status = 0;

            /**
             * DashboardAgent load.
             * @member {number} load
             * @memberof wukf.v1.DashboardAgent
             * @instance
             */
            DashboardAgent.prototype.load = 0;

            /**
             * DashboardAgent maxConcurrent.
             * @member {number} maxConcurrent
             * @memberof wukf.v1.DashboardAgent
             * @instance
             */
            DashboardAgent.prototype.maxConcurrent = 0;

            /**
             * DashboardAgent groups.
             * @member {Array.<string>} groups
             * @memberof wukf.v1.DashboardAgent
             * @instance
             */
            DashboardAgent.prototype.groups = $util.emptyArray;

            /**
             * DashboardAgent skills.
             * @member {Array.<string>} skills
             * @memberof wukf.v1.DashboardAgent
             * @instance
             */
            DashboardAgent.prototype.skills = $util.emptyArray;

            /**
             * DashboardAgent languages.
             * @member {Array.<string>} languages
             * @memberof wukf.v1.DashboardAgent
             * @instance
             */
            DashboardAgent.prototype.languages = $util.emptyArray;

            /**
             * DashboardAgent onShift.
             * @member {boolean} onShift
             * @memberof wukf.v1.DashboardAgent
             * @instance
             */
            DashboardAgent.prototype.onShift = false;

            /**
             * DashboardAgent lastActivityMs.
             * @member {number} lastActivityMs
             * @memberof wukf.v1.DashboardAgent
             * @instance
             */
            DashboardAgent.prototype.lastActivityMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new DashboardAgent instance using the specified properties.
             * @function create
             * @memberof wukf.v1.DashboardAgent
             * @static
             * @param {wukf.v1.DashboardAgent.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.DashboardAgent} DashboardAgent instance
             * @type {{
             *   (properties: wukf.v1.DashboardAgent.$Shape): wukf.v1.DashboardAgent & wukf.v1.DashboardAgent.$Shape;
             *   (properties?: wukf.v1.DashboardAgent.$Properties): wukf.v1.DashboardAgent;
             * }}
             */
            DashboardAgent.create = function(properties) {
                return new DashboardAgent(properties);
            };

            /**
             * Encodes the specified DashboardAgent message. Does not implicitly {@link wukf.v1.DashboardAgent.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.DashboardAgent
             * @static
             * @param {wukf.v1.DashboardAgent.$Properties} message DashboardAgent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DashboardAgent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.username != null && $Object.hasOwnProperty.call(message, "username") && message.username !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.username);
                if (message.displayName != null && $Object.hasOwnProperty.call(message, "displayName") && message.displayName !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.displayName);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.status);
                if (message.load != null && $Object.hasOwnProperty.call(message, "load") && message.load !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.load);
                if (message.maxConcurrent != null && $Object.hasOwnProperty.call(message, "maxConcurrent") && message.maxConcurrent !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.maxConcurrent);
                if (message.groups != null && message.groups.length)
                    for (let i = 0; i < message.groups.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.groups[i]);
                if (message.skills != null && message.skills.length)
                    for (let i = 0; i < message.skills.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.skills[i]);
                if (message.languages != null && message.languages.length)
                    for (let i = 0; i < message.languages.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.languages[i]);
                if (message.onShift != null && $Object.hasOwnProperty.call(message, "onShift") && message.onShift !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.onShift);
                if (message.lastActivityMs != null && $Object.hasOwnProperty.call(message, "lastActivityMs") && (typeof message.lastActivityMs === "object" ? message.lastActivityMs.low || message.lastActivityMs.high : message.lastActivityMs !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).int64(message.lastActivityMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DashboardAgent message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.DashboardAgent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.DashboardAgent & wukf.v1.DashboardAgent.$Shape} DashboardAgent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DashboardAgent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.DashboardAgent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.username = value;
                            else
                                delete message.username;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.displayName = value;
                            else
                                delete message.displayName;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.load = value;
                            else
                                delete message.load;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxConcurrent = value;
                            else
                                delete message.maxConcurrent;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.groups && message.groups.length))
                                message.groups = [];
                            message.groups.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.skills && message.skills.length))
                                message.skills = [];
                            message.skills.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.languages && message.languages.length))
                                message.languages = [];
                            message.languages.push(reader.stringVerify());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.onShift = value;
                            else
                                delete message.onShift;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastActivityMs = value;
                            else
                                delete message.lastActivityMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DashboardAgent;
        })();

        v1.DashboardSession = (function() {

            /**
             * Properties of a DashboardSession.
             * @typedef {Object} wukf.v1.DashboardSession.$Properties
             * @property {string|null} [id] DashboardSession id
             * @property {wukf.v1.ConversationState|null} [state] DashboardSession state
             * @property {wukf.v1.Participant.$Properties|null} [visitor] DashboardSession visitor
             * @property {wukf.v1.Participant.$Properties|null} [agent] DashboardSession agent
             * @property {string|null} [group] DashboardSession group
             * @property {number|null} [priority] DashboardSession priority
             * @property {string|null} [language] DashboardSession language
             * @property {Array.<string>|null} [skills] DashboardSession skills
             * @property {number|null} [createdAtMs] DashboardSession createdAtMs
             * @property {number|null} [assignedAtMs] DashboardSession assignedAtMs
             * @property {number|null} [lastMessageAtMs] DashboardSession lastMessageAtMs
             * @property {string|null} [lastMessage] DashboardSession lastMessage
             * @property {wukf.v1.Assignment.$Properties|null} [assignment] DashboardSession assignment
             * @property {boolean|null} [visitorLeft] DashboardSession visitorLeft
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DashboardSession.
             * @memberof wukf.v1
             * @interface IDashboardSession
             * @augments wukf.v1.DashboardSession.$Properties
             * @deprecated Use wukf.v1.DashboardSession.$Properties instead.
             */

            /**
             * Shape of a DashboardSession.
             * @typedef {wukf.v1.DashboardSession.$Properties} wukf.v1.DashboardSession.$Shape
             */

            /**
             * Constructs a new DashboardSession.
             * @memberof wukf.v1
             * @classdesc Represents a DashboardSession.
             * @constructor
             * @param {wukf.v1.DashboardSession.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DashboardSession = function (properties) {
                this.skills = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DashboardSession id.
             * @member {string} id
             * @memberof wukf.v1.DashboardSession
             * @instance
             */
            DashboardSession.prototype.id = "";

            /**
             * DashboardSession state.
             * @member {wukf.v1.ConversationState} state
             * @memberof wukf.v1.DashboardSession
             * @instance
             */
            DashboardSession.prototype.state = 0;

            /**
             * DashboardSession visitor.
             * @member {wukf.v1.Participant.$Properties|null|undefined} visitor
             * @memberof wukf.v1.DashboardSession
             * @instance
             */
            DashboardSession.prototype.visitor = null;

            /**
             * DashboardSession agent.
             * @member {wukf.v1.Participant.$Properties|null|undefined} agent
             * @memberof wukf.v1.DashboardSession
             * @instance
             */
            DashboardSession.prototype.agent = null;

            /**
             * DashboardSession group.
             * @member {string} group
             * @memberof wukf.v1.DashboardSession
             * @instance
             */
            DashboardSession.prototype.group = "";

            /**
             * DashboardSession priority.
             * @member {number} priority
             * @memberof wukf.v1.DashboardSession
             * @instance
             */
            DashboardSession.prototype.priority = 0;

            /**
             * DashboardSession language.
             * @member {string} language
             * @memberof wukf.v1.DashboardSession
             * @instance
             */
            DashboardSession.prototype.language = "";

            /**
             * DashboardSession skills.
             * @member {Array.<string>} skills
             * @memberof wukf.v1.DashboardSession
             * @instance
             */
            DashboardSession.prototype.skills = $util.emptyArray;

            /**
             * DashboardSession createdAtMs.
             * @member {number} createdAtMs
             * @memberof wukf.v1.DashboardSession
             * @instance
             */
            DashboardSession.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DashboardSession assignedAtMs.
             * @member {number} assignedAtMs
             * @memberof wukf.v1.DashboardSession
             * @instance
             */
            DashboardSession.prototype.assignedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DashboardSession lastMessageAtMs.
             * @member {number} lastMessageAtMs
             * @memberof wukf.v1.DashboardSession
             * @instance
             */
            DashboardSession.prototype.lastMessageAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DashboardSession lastMessage.
             * @member {string} lastMessage
             * @memberof wukf.v1.DashboardSession
             * @instance
             */
            DashboardSession.prototype.lastMessage = "";

            /**
             * DashboardSession assignment.
             * @member {wukf.v1.Assignment.$Properties|null|undefined} assignment
             * @memberof wukf.v1.DashboardSession
             * @instance
             */
            DashboardSession.prototype.assignment = null;

            /**
             * DashboardSession visitorLeft.
             * @member {boolean} visitorLeft
             * @memberof wukf.v1.DashboardSession
             * @instance
             */
            DashboardSession.prototype.visitorLeft = false;

            /**
             * Creates a new DashboardSession instance using the specified properties.
             * @function create
             * @memberof wukf.v1.DashboardSession
             * @static
             * @param {wukf.v1.DashboardSession.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.DashboardSession} DashboardSession instance
             * @type {{
             *   (properties: wukf.v1.DashboardSession.$Shape): wukf.v1.DashboardSession & wukf.v1.DashboardSession.$Shape;
             *   (properties?: wukf.v1.DashboardSession.$Properties): wukf.v1.DashboardSession;
             * }}
             */
            DashboardSession.create = function(properties) {
                return new DashboardSession(properties);
            };

            /**
             * Encodes the specified DashboardSession message. Does not implicitly {@link wukf.v1.DashboardSession.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.DashboardSession
             * @static
             * @param {wukf.v1.DashboardSession.$Properties} message DashboardSession message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DashboardSession.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.state);
                if (message.visitor != null && $Object.hasOwnProperty.call(message, "visitor"))
                    $root.wukf.v1.Participant.encode(message.visitor, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.agent != null && $Object.hasOwnProperty.call(message, "agent"))
                    $root.wukf.v1.Participant.encode(message.agent, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.group != null && $Object.hasOwnProperty.call(message, "group") && message.group !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.group);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority") && message.priority !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.priority);
                if (message.language != null && $Object.hasOwnProperty.call(message, "language") && message.language !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.language);
                if (message.skills != null && message.skills.length)
                    for (let i = 0; i < message.skills.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.skills[i]);
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).int64(message.createdAtMs);
                if (message.assignedAtMs != null && $Object.hasOwnProperty.call(message, "assignedAtMs") && (typeof message.assignedAtMs === "object" ? message.assignedAtMs.low || message.assignedAtMs.high : message.assignedAtMs !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).int64(message.assignedAtMs);
                if (message.lastMessageAtMs != null && $Object.hasOwnProperty.call(message, "lastMessageAtMs") && (typeof message.lastMessageAtMs === "object" ? message.lastMessageAtMs.low || message.lastMessageAtMs.high : message.lastMessageAtMs !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).int64(message.lastMessageAtMs);
                if (message.lastMessage != null && $Object.hasOwnProperty.call(message, "lastMessage") && message.lastMessage !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.lastMessage);
                if (message.assignment != null && $Object.hasOwnProperty.call(message, "assignment"))
                    $root.wukf.v1.Assignment.encode(message.assignment, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.visitorLeft != null && $Object.hasOwnProperty.call(message, "visitorLeft") && message.visitorLeft !== false)
                    writer.uint32(/* id 14, wireType 0 =*/112).bool(message.visitorLeft);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DashboardSession message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.DashboardSession
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.DashboardSession & wukf.v1.DashboardSession.$Shape} DashboardSession
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DashboardSession.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.DashboardSession();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.visitor = $root.wukf.v1.Participant.decode(reader, reader.size(), $undefined, _depth + 1, message.visitor);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.agent = $root.wukf.v1.Participant.decode(reader, reader.size(), $undefined, _depth + 1, message.agent);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.group = value;
                            else
                                delete message.group;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.priority = value;
                            else
                                delete message.priority;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.language = value;
                            else
                                delete message.language;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.skills && message.skills.length))
                                message.skills = [];
                            message.skills.push(reader.stringVerify());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.assignedAtMs = value;
                            else
                                delete message.assignedAtMs;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastMessageAtMs = value;
                            else
                                delete message.lastMessageAtMs;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.lastMessage = value;
                            else
                                delete message.lastMessage;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.assignment = $root.wukf.v1.Assignment.decode(reader, reader.size(), $undefined, _depth + 1, message.assignment);
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.visitorLeft = value;
                            else
                                delete message.visitorLeft;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DashboardSession;
        })();

        v1.DashboardHealth = (function() {

            /**
             * Properties of a DashboardHealth.
             * @typedef {Object} wukf.v1.DashboardHealth.$Properties
             * @property {string|null} [version] DashboardHealth version
             * @property {number|null} [uptimeS] DashboardHealth uptimeS
             * @property {number|null} [visitors] DashboardHealth visitors
             * @property {number|null} [agents] DashboardHealth agents
             * @property {number|null} [admins] DashboardHealth admins
             * @property {number|null} [queued] DashboardHealth queued
             * @property {number|null} [active] DashboardHealth active
             * @property {number|null} [messagesPerS] DashboardHealth messagesPerS
             * @property {number|null} [ackMsP50] DashboardHealth ackMsP50
             * @property {number|null} [ackMsP99] DashboardHealth ackMsP99
             * @property {number|null} [eventLoopDelayMsP50] DashboardHealth eventLoopDelayMsP50
             * @property {number|null} [eventLoopDelayMsP99] DashboardHealth eventLoopDelayMsP99
             * @property {number|null} [rssBytes] DashboardHealth rssBytes
             * @property {number|null} [databaseBytes] DashboardHealth databaseBytes
             * @property {number|null} [walBytes] DashboardHealth walBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DashboardHealth.
             * @memberof wukf.v1
             * @interface IDashboardHealth
             * @augments wukf.v1.DashboardHealth.$Properties
             * @deprecated Use wukf.v1.DashboardHealth.$Properties instead.
             */

            /**
             * Shape of a DashboardHealth.
             * @typedef {wukf.v1.DashboardHealth.$Properties} wukf.v1.DashboardHealth.$Shape
             */

            /**
             * Constructs a new DashboardHealth.
             * @memberof wukf.v1
             * @classdesc Represents a DashboardHealth.
             * @constructor
             * @param {wukf.v1.DashboardHealth.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DashboardHealth = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DashboardHealth version.
             * @member {string} version
             * @memberof wukf.v1.DashboardHealth
             * @instance
             */
            DashboardHealth.prototype.version = "";

            /**
             * DashboardHealth uptimeS.
             * @member {number} uptimeS
             * @memberof wukf.v1.DashboardHealth
             * @instance
             */
            DashboardHealth.prototype.uptimeS = 0;

            /**
             * DashboardHealth visitors.
             * @member {number} visitors
             * @memberof wukf.v1.DashboardHealth
             * @instance
             */
            DashboardHealth.prototype.visitors = 0;

            /**
             * DashboardHealth agents.
             * @member {number} agents
             * @memberof wukf.v1.DashboardHealth
             * @instance
             */
            DashboardHealth.prototype.agents = 0;

            /**
             * DashboardHealth admins.
             * @member {number} admins
             * @memberof wukf.v1.DashboardHealth
             * @instance
             */
            DashboardHealth.prototype.admins = 0;

            /**
             * DashboardHealth queued.
             * @member {number} queued
             * @memberof wukf.v1.DashboardHealth
             * @instance
             */
            DashboardHealth.prototype.queued = 0;

            /**
             * DashboardHealth active.
             * @member {number} active
             * @memberof wukf.v1.DashboardHealth
             * @instance
             */
            DashboardHealth.prototype.active = 0;

            /**
             * DashboardHealth messagesPerS.
             * @member {number} messagesPerS
             * @memberof wukf.v1.DashboardHealth
             * @instance
             */
            DashboardHealth.prototype.messagesPerS = 0;

            /**
             * DashboardHealth ackMsP50.
             * @member {number} ackMsP50
             * @memberof wukf.v1.DashboardHealth
             * @instance
             */
            DashboardHealth.prototype.ackMsP50 = 0;

            /**
             * DashboardHealth ackMsP99.
             * @member {number} ackMsP99
             * @memberof wukf.v1.DashboardHealth
             * @instance
             */
            DashboardHealth.prototype.ackMsP99 = 0;

            /**
             * DashboardHealth eventLoopDelayMsP50.
             * @member {number} eventLoopDelayMsP50
             * @memberof wukf.v1.DashboardHealth
             * @instance
             */
            DashboardHealth.prototype.eventLoopDelayMsP50 = 0;

            /**
             * DashboardHealth eventLoopDelayMsP99.
             * @member {number} eventLoopDelayMsP99
             * @memberof wukf.v1.DashboardHealth
             * @instance
             */
            DashboardHealth.prototype.eventLoopDelayMsP99 = 0;

            /**
             * DashboardHealth rssBytes.
             * @member {number} rssBytes
             * @memberof wukf.v1.DashboardHealth
             * @instance
             */
            DashboardHealth.prototype.rssBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DashboardHealth databaseBytes.
             * @member {number} databaseBytes
             * @memberof wukf.v1.DashboardHealth
             * @instance
             */
            DashboardHealth.prototype.databaseBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DashboardHealth walBytes.
             * @member {number} walBytes
             * @memberof wukf.v1.DashboardHealth
             * @instance
             */
            DashboardHealth.prototype.walBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new DashboardHealth instance using the specified properties.
             * @function create
             * @memberof wukf.v1.DashboardHealth
             * @static
             * @param {wukf.v1.DashboardHealth.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.DashboardHealth} DashboardHealth instance
             * @type {{
             *   (properties: wukf.v1.DashboardHealth.$Shape): wukf.v1.DashboardHealth & wukf.v1.DashboardHealth.$Shape;
             *   (properties?: wukf.v1.DashboardHealth.$Properties): wukf.v1.DashboardHealth;
             * }}
             */
            DashboardHealth.create = function(properties) {
                return new DashboardHealth(properties);
            };

            /**
             * Encodes the specified DashboardHealth message. Does not implicitly {@link wukf.v1.DashboardHealth.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.DashboardHealth
             * @static
             * @param {wukf.v1.DashboardHealth.$Properties} message DashboardHealth message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DashboardHealth.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.version);
                if (message.uptimeS != null && $Object.hasOwnProperty.call(message, "uptimeS") && message.uptimeS !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.uptimeS);
                if (message.visitors != null && $Object.hasOwnProperty.call(message, "visitors") && message.visitors !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.visitors);
                if (message.agents != null && $Object.hasOwnProperty.call(message, "agents") && message.agents !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.agents);
                if (message.admins != null && $Object.hasOwnProperty.call(message, "admins") && message.admins !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.admins);
                if (message.queued != null && $Object.hasOwnProperty.call(message, "queued") && message.queued !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.queued);
                if (message.active != null && $Object.hasOwnProperty.call(message, "active") && message.active !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.active);
                if (message.messagesPerS != null && $Object.hasOwnProperty.call(message, "messagesPerS") && !$Object.is(message.messagesPerS, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.messagesPerS);
                if (message.ackMsP50 != null && $Object.hasOwnProperty.call(message, "ackMsP50") && !$Object.is(message.ackMsP50, 0))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.ackMsP50);
                if (message.ackMsP99 != null && $Object.hasOwnProperty.call(message, "ackMsP99") && !$Object.is(message.ackMsP99, 0))
                    writer.uint32(/* id 10, wireType 1 =*/81).double(message.ackMsP99);
                if (message.eventLoopDelayMsP50 != null && $Object.hasOwnProperty.call(message, "eventLoopDelayMsP50") && !$Object.is(message.eventLoopDelayMsP50, 0))
                    writer.uint32(/* id 11, wireType 1 =*/89).double(message.eventLoopDelayMsP50);
                if (message.eventLoopDelayMsP99 != null && $Object.hasOwnProperty.call(message, "eventLoopDelayMsP99") && !$Object.is(message.eventLoopDelayMsP99, 0))
                    writer.uint32(/* id 12, wireType 1 =*/97).double(message.eventLoopDelayMsP99);
                if (message.rssBytes != null && $Object.hasOwnProperty.call(message, "rssBytes") && (typeof message.rssBytes === "object" ? message.rssBytes.low || message.rssBytes.high : message.rssBytes !== 0))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.rssBytes);
                if (message.databaseBytes != null && $Object.hasOwnProperty.call(message, "databaseBytes") && (typeof message.databaseBytes === "object" ? message.databaseBytes.low || message.databaseBytes.high : message.databaseBytes !== 0))
                    writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.databaseBytes);
                if (message.walBytes != null && $Object.hasOwnProperty.call(message, "walBytes") && (typeof message.walBytes === "object" ? message.walBytes.low || message.walBytes.high : message.walBytes !== 0))
                    writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.walBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DashboardHealth message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.DashboardHealth
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.DashboardHealth & wukf.v1.DashboardHealth.$Shape} DashboardHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DashboardHealth.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.DashboardHealth();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.uptimeS = value;
                            else
                                delete message.uptimeS;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.visitors = value;
                            else
                                delete message.visitors;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.agents = value;
                            else
                                delete message.agents;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.admins = value;
                            else
                                delete message.admins;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.queued = value;
                            else
                                delete message.queued;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.active = value;
                            else
                                delete message.active;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.messagesPerS = value;
                            else
                                delete message.messagesPerS;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.ackMsP50 = value;
                            else
                                delete message.ackMsP50;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.ackMsP99 = value;
                            else
                                delete message.ackMsP99;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.eventLoopDelayMsP50 = value;
                            else
                                delete message.eventLoopDelayMsP50;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.eventLoopDelayMsP99 = value;
                            else
                                delete message.eventLoopDelayMsP99;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.rssBytes = value;
                            else
                                delete message.rssBytes;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.databaseBytes = value;
                            else
                                delete message.databaseBytes;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.walBytes = value;
                            else
                                delete message.walBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DashboardHealth;
        })();

        v1.DashboardQueue = (function() {

            /**
             * Properties of a DashboardQueue.
             * @typedef {Object} wukf.v1.DashboardQueue.$Properties
             * @property {string|null} [group] DashboardQueue group
             * @property {number|null} [waiting] DashboardQueue waiting
             * @property {number|null} [oldestCreatedAtMs] DashboardQueue oldestCreatedAtMs
             * @property {number|null} [topPriority] DashboardQueue topPriority
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DashboardQueue.
             * @memberof wukf.v1
             * @interface IDashboardQueue
             * @augments wukf.v1.DashboardQueue.$Properties
             * @deprecated Use wukf.v1.DashboardQueue.$Properties instead.
             */

            /**
             * Shape of a DashboardQueue.
             * @typedef {wukf.v1.DashboardQueue.$Properties} wukf.v1.DashboardQueue.$Shape
             */

            /**
             * Constructs a new DashboardQueue.
             * @memberof wukf.v1
             * @classdesc Represents a DashboardQueue.
             * @constructor
             * @param {wukf.v1.DashboardQueue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DashboardQueue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DashboardQueue group.
             * @member {string} group
             * @memberof wukf.v1.DashboardQueue
             * @instance
             */
            DashboardQueue.prototype.group = "";

            /**
             * DashboardQueue waiting.
             * @member {number} waiting
             * @memberof wukf.v1.DashboardQueue
             * @instance
             */
            DashboardQueue.prototype.waiting = 0;

            /**
             * DashboardQueue oldestCreatedAtMs.
             * @member {number} oldestCreatedAtMs
             * @memberof wukf.v1.DashboardQueue
             * @instance
             */
            DashboardQueue.prototype.oldestCreatedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DashboardQueue topPriority.
             * @member {number} topPriority
             * @memberof wukf.v1.DashboardQueue
             * @instance
             */
            DashboardQueue.prototype.topPriority = 0;

            /**
             * Creates a new DashboardQueue instance using the specified properties.
             * @function create
             * @memberof wukf.v1.DashboardQueue
             * @static
             * @param {wukf.v1.DashboardQueue.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.DashboardQueue} DashboardQueue instance
             * @type {{
             *   (properties: wukf.v1.DashboardQueue.$Shape): wukf.v1.DashboardQueue & wukf.v1.DashboardQueue.$Shape;
             *   (properties?: wukf.v1.DashboardQueue.$Properties): wukf.v1.DashboardQueue;
             * }}
             */
            DashboardQueue.create = function(properties) {
                return new DashboardQueue(properties);
            };

            /**
             * Encodes the specified DashboardQueue message. Does not implicitly {@link wukf.v1.DashboardQueue.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.DashboardQueue
             * @static
             * @param {wukf.v1.DashboardQueue.$Properties} message DashboardQueue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DashboardQueue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.group != null && $Object.hasOwnProperty.call(message, "group") && message.group !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.group);
                if (message.waiting != null && $Object.hasOwnProperty.call(message, "waiting") && message.waiting !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.waiting);
                if (message.oldestCreatedAtMs != null && $Object.hasOwnProperty.call(message, "oldestCreatedAtMs") && (typeof message.oldestCreatedAtMs === "object" ? message.oldestCreatedAtMs.low || message.oldestCreatedAtMs.high : message.oldestCreatedAtMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.oldestCreatedAtMs);
                if (message.topPriority != null && $Object.hasOwnProperty.call(message, "topPriority") && message.topPriority !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.topPriority);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DashboardQueue message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.DashboardQueue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.DashboardQueue & wukf.v1.DashboardQueue.$Shape} DashboardQueue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DashboardQueue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.DashboardQueue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.group = value;
                            else
                                delete message.group;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.waiting = value;
                            else
                                delete message.waiting;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.oldestCreatedAtMs = value;
                            else
                                delete message.oldestCreatedAtMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.topPriority = value;
                            else
                                delete message.topPriority;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DashboardQueue;
        })();

        v1.DashboardEvent = (function() {

            /**
             * Properties of a DashboardEvent.
             * @typedef {Object} wukf.v1.DashboardEvent.$Properties
             * @property {wukf.v1.DashboardEvent.Kind|null} [kind] DashboardEvent kind
             * @property {number|null} [version] DashboardEvent version
             * @property {Array.<wukf.v1.DashboardAgent.$Properties>|null} [agents] DashboardEvent agents
             * @property {Array.<wukf.v1.DashboardQueue.$Properties>|null} [queues] DashboardEvent queues
             * @property {Array.<wukf.v1.DashboardSession.$Properties>|null} [sessions] DashboardEvent sessions
             * @property {Array.<string>|null} [removedAgents] DashboardEvent removedAgents
             * @property {Array.<string>|null} [removedQueues] DashboardEvent removedQueues
             * @property {Array.<string>|null} [removedSessions] DashboardEvent removedSessions
             * @property {wukf.v1.DashboardHealth.$Properties|null} [health] DashboardEvent health
             * @property {boolean|null} [truncated] DashboardEvent truncated
             * @property {number|null} [serverTimeMs] DashboardEvent serverTimeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DashboardEvent.
             * @memberof wukf.v1
             * @interface IDashboardEvent
             * @augments wukf.v1.DashboardEvent.$Properties
             * @deprecated Use wukf.v1.DashboardEvent.$Properties instead.
             */

            /**
             * Shape of a DashboardEvent.
             * @typedef {wukf.v1.DashboardEvent.$Properties} wukf.v1.DashboardEvent.$Shape
             */

            /**
             * Constructs a new DashboardEvent.
             * @memberof wukf.v1
             * @classdesc Represents a DashboardEvent.
             * @constructor
             * @param {wukf.v1.DashboardEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DashboardEvent = function (properties) {
                this.agents = [];
                this.queues = [];
                this.sessions = [];
                this.removedAgents = [];
                this.removedQueues = [];
                this.removedSessions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DashboardEvent kind.
             * @member {wukf.v1.DashboardEvent.Kind} kind
             * @memberof wukf.v1.DashboardEvent
             * @instance
             */
            DashboardEvent.prototype.kind = 0;

            /**
             * DashboardEvent version.
             * @member {number} version
             * @memberof wukf.v1.DashboardEvent
             * @instance
             */
            DashboardEvent.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DashboardEvent agents.
             * @member {Array.<wukf.v1.DashboardAgent.$Properties>} agents
             * @memberof wukf.v1.DashboardEvent
             * @instance
             */
            DashboardEvent.prototype.agents = $util.emptyArray;

            /**
             * DashboardEvent queues.
             * @member {Array.<wukf.v1.DashboardQueue.$Properties>} queues
             * @memberof wukf.v1.DashboardEvent
             * @instance
             */
            DashboardEvent.prototype.queues = $util.emptyArray;

            /**
             * DashboardEvent sessions.
             * @member {Array.<wukf.v1.DashboardSession.$Properties>} sessions
             * @memberof wukf.v1.DashboardEvent
             * @instance
             */
            DashboardEvent.prototype.sessions = $util.emptyArray;

            /**
             * DashboardEvent removedAgents.
             * @member {Array.<string>} removedAgents
             * @memberof wukf.v1.DashboardEvent
             * @instance
             */
            DashboardEvent.prototype.removedAgents = $util.emptyArray;

            /**
             * DashboardEvent removedQueues.
             * @member {Array.<string>} removedQueues
             * @memberof wukf.v1.DashboardEvent
             * @instance
             */
            DashboardEvent.prototype.removedQueues = $util.emptyArray;

            /**
             * DashboardEvent removedSessions.
             * @member {Array.<string>} removedSessions
             * @memberof wukf.v1.DashboardEvent
             * @instance
             */
            DashboardEvent.prototype.removedSessions = $util.emptyArray;

            /**
             * DashboardEvent health.
             * @member {wukf.v1.DashboardHealth.$Properties|null|undefined} health
             * @memberof wukf.v1.DashboardEvent
             * @instance
             */
            DashboardEvent.prototype.health = null;

            /**
             * DashboardEvent truncated.
             * @member {boolean} truncated
             * @memberof wukf.v1.DashboardEvent
             * @instance
             */
            DashboardEvent.prototype.truncated = false;

            /**
             * DashboardEvent serverTimeMs.
             * @member {number} serverTimeMs
             * @memberof wukf.v1.DashboardEvent
             * @instance
             */
            DashboardEvent.prototype.serverTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new DashboardEvent instance using the specified properties.
             * @function create
             * @memberof wukf.v1.DashboardEvent
             * @static
             * @param {wukf.v1.DashboardEvent.$Properties=} [properties] Properties to set
             * @returns {wukf.v1.DashboardEvent} DashboardEvent instance
             * @type {{
             *   (properties: wukf.v1.DashboardEvent.$Shape): wukf.v1.DashboardEvent & wukf.v1.DashboardEvent.$Shape;
             *   (properties?: wukf.v1.DashboardEvent.$Properties): wukf.v1.DashboardEvent;
             * }}
             */
            DashboardEvent.create = function(properties) {
                return new DashboardEvent(properties);
            };

            /**
             * Encodes the specified DashboardEvent message. Does not implicitly {@link wukf.v1.DashboardEvent.verify|verify} messages.
             * @function encode
             * @memberof wukf.v1.DashboardEvent
             * @static
             * @param {wukf.v1.DashboardEvent.$Properties} message DashboardEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DashboardEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.version);
                if (message.agents != null && message.agents.length)
                    for (let i = 0; i < message.agents.length; ++i)
                        $root.wukf.v1.DashboardAgent.encode(message.agents[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.queues != null && message.queues.length)
                    for (let i = 0; i < message.queues.length; ++i)
                        $root.wukf.v1.DashboardQueue.encode(message.queues[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.sessions != null && message.sessions.length)
                    for (let i = 0; i < message.sessions.length; ++i)
                        $root.wukf.v1.DashboardSession.encode(message.sessions[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.removedAgents != null && message.removedAgents.length)
                    for (let i = 0; i < message.removedAgents.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.removedAgents[i]);
                if (message.removedQueues != null && message.removedQueues.length)
                    for (let i = 0; i < message.removedQueues.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.removedQueues[i]);
                if (message.removedSessions != null && message.removedSessions.length)
                    for (let i = 0; i < message.removedSessions.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.removedSessions[i]);
                if (message.health != null && $Object.hasOwnProperty.call(message, "health"))
                    $root.wukf.v1.DashboardHealth.encode(message.health, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.truncated != null && $Object.hasOwnProperty.call(message, "truncated") && message.truncated !== false)
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.truncated);
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs") && (typeof message.serverTimeMs === "object" ? message.serverTimeMs.low || message.serverTimeMs.high : message.serverTimeMs !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).int64(message.serverTimeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DashboardEvent message from the specified reader or buffer.
             * @function decode
             * @memberof wukf.v1.DashboardEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wukf.v1.DashboardEvent & wukf.v1.DashboardEvent.$Shape} DashboardEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DashboardEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wukf.v1.DashboardEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.agents && message.agents.length))
                                message.agents = [];
                            message.agents.push($root.wukf.v1.DashboardAgent.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.queues && message.queues.length))
                                message.queues = [];
                            message.queues.push($root.wukf.v1.DashboardQueue.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.sessions && message.sessions.length))
                                message.sessions = [];
                            message.sessions.push($root.wukf.v1.DashboardSession.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.removedAgents && message.removedAgents.length))
                                message.removedAgents = [];
                            message.removedAgents.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.removedQueues && message.removedQueues.length))
                                message.removedQueues = [];
                            message.removedQueues.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.removedSessions && message.removedSessions.length))
                                message.removedSessions = [];
                            message.removedSessions.push(reader.stringVerify());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.health = $root.wukf.v1.DashboardHealth.decode(reader, reader.size(), $undefined, _depth + 1, message.health);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.truncated = value;
                            else
                                delete message.truncated;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.serverTimeMs = value;
                            else
                                delete message.serverTimeMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Kind enum.
             * @name wukf.v1.DashboardEvent.Kind
             * @enum {number}
             * @property {number} KIND_UNSPECIFIED=0 KIND_UNSPECIFIED value
             * @property {number} KIND_SNAPSHOT=1 KIND_SNAPSHOT value
             * @property {number} KIND_DELTA=2 KIND_DELTA value
             * @property {number} KIND_STOPPED=3 KIND_STOPPED value
             */
            DashboardEvent.Kind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "KIND_SNAPSHOT"] = 1;
                values[valuesById[2] = "KIND_DELTA"] = 2;
                values[valuesById[3] = "KIND_STOPPED"] = 3;
                return values;
            })();

            return DashboardEvent;
        })();

        return v1;
    })();

    return wukf;
})();

export {
  $root as default
};
