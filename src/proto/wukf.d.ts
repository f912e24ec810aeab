import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace wukf. */
export namespace wukf {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of an Envelope.
         * @deprecated Use wukf.v1.Envelope.$Properties instead.
         */
        interface IEnvelope extends wukf.v1.Envelope.$Properties {
        }

        /** Represents an Envelope. */
        class Envelope {

            /**
             * Constructs a new Envelope.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.Envelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Envelope version. */
            version: number;

            /** Envelope ref. */
            ref: number;

            /** Envelope hello. */
            hello?: (wukf.v1.Hello.$Properties|null);

            /** Envelope openConversation. */
            openConversation?: (wukf.v1.OpenConversation.$Properties|null);

            /** Envelope sendMessage. */
            sendMessage?: (wukf.v1.SendMessage.$Properties|null);

            /** Envelope markReceipt. */
            markReceipt?: (wukf.v1.MarkReceipt.$Properties|null);

            /** Envelope typing. */
            typing?: (wukf.v1.Typing.$Properties|null);

            /** Envelope setPresence. */
            setPresence?: (wukf.v1.SetPresence.$Properties|null);

            /** Envelope claimConversation. */
            claimConversation?: (wukf.v1.ClaimConversation.$Properties|null);

            /** Envelope closeConversation. */
            closeConversation?: (wukf.v1.CloseConversation.$Properties|null);

            /** Envelope transferConversation. */
            transferConversation?: (wukf.v1.TransferConversation.$Properties|null);

            /** Envelope historyRequest. */
            historyRequest?: (wukf.v1.HistoryRequest.$Properties|null);

            /** Envelope watchConversation. */
            watchConversation?: (wukf.v1.WatchConversation.$Properties|null);

            /** Envelope queueRequest. */
            queueRequest?: (wukf.v1.QueueRequest.$Properties|null);

            /** Envelope acceptConversation. */
            acceptConversation?: (wukf.v1.AcceptConversation.$Properties|null);

            /** Envelope dashboardRequest. */
            dashboardRequest?: (wukf.v1.DashboardRequest.$Properties|null);

            /** Envelope followUpRequest. */
            followUpRequest?: (wukf.v1.FollowUpRequest.$Properties|null);

            /** Envelope welcome. */
            welcome?: (wukf.v1.Welcome.$Properties|null);

            /** Envelope messageAck. */
            messageAck?: (wukf.v1.MessageAck.$Properties|null);

            /** Envelope message. */
            message?: (wukf.v1.MessageEvent.$Properties|null);

            /** Envelope receipt. */
            receipt?: (wukf.v1.ReceiptEvent.$Properties|null);

            /** Envelope typingEvent. */
            typingEvent?: (wukf.v1.TypingEvent.$Properties|null);

            /** Envelope presence. */
            presence?: (wukf.v1.PresenceEvent.$Properties|null);

            /** Envelope conversation. */
            conversation?: (wukf.v1.ConversationEvent.$Properties|null);

            /** Envelope queue. */
            queue?: (wukf.v1.QueueEvent.$Properties|null);

            /** Envelope historyPage. */
            historyPage?: (wukf.v1.HistoryPage.$Properties|null);

            /** Envelope replayDone. */
            replayDone?: (wukf.v1.ReplayDone.$Properties|null);

            /** Envelope error. */
            error?: (wukf.v1.Error.$Properties|null);

            /** Envelope dashboard. */
            dashboard?: (wukf.v1.DashboardEvent.$Properties|null);

            /** Envelope followUpPage. */
            followUpPage?: (wukf.v1.FollowUpPage.$Properties|null);

            /** Envelope followUpsChanged. */
            followUpsChanged?: (wukf.v1.FollowUpsChanged.$Properties|null);

            /** Envelope body. */
            body?: ("hello"|"openConversation"|"sendMessage"|"markReceipt"|"typing"|"setPresence"|"claimConversation"|"closeConversation"|"transferConversation"|"historyRequest"|"watchConversation"|"queueRequest"|"acceptConversation"|"dashboardRequest"|"followUpRequest"|"welcome"|"messageAck"|"message"|"receipt"|"typingEvent"|"presence"|"conversation"|"queue"|"historyPage"|"replayDone"|"error"|"dashboard"|"followUpPage"|"followUpsChanged");

            /**
             * Creates a new Envelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Envelope instance
             */
            static create(properties: wukf.v1.Envelope.$Shape): wukf.v1.Envelope & wukf.v1.Envelope.$Shape;
            static create(properties?: wukf.v1.Envelope.$Properties): wukf.v1.Envelope;

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link wukf.v1.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.Envelope & wukf.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.Envelope & wukf.v1.Envelope.$Shape;
        }

        namespace Envelope {

            /** Properties of an Envelope. */
            interface $Properties {

                /** Envelope version */
                version?: (number|null);

                /** Envelope ref */
                ref?: (number|null);

                /** Envelope hello */
                hello?: (wukf.v1.Hello.$Properties|null);

                /** Envelope openConversation */
                openConversation?: (wukf.v1.OpenConversation.$Properties|null);

                /** Envelope sendMessage */
                sendMessage?: (wukf.v1.SendMessage.$Properties|null);

                /** Envelope markReceipt */
                markReceipt?: (wukf.v1.MarkReceipt.$Properties|null);

                /** Envelope typing */
                typing?: (wukf.v1.Typing.$Properties|null);

                /** Envelope setPresence */
                setPresence?: (wukf.v1.SetPresence.$Properties|null);

                /** Envelope claimConversation */
                claimConversation?: (wukf.v1.ClaimConversation.$Properties|null);

                /** Envelope closeConversation */
                closeConversation?: (wukf.v1.CloseConversation.$Properties|null);

                /** Envelope transferConversation */
                transferConversation?: (wukf.v1.TransferConversation.$Properties|null);

                /** Envelope historyRequest */
                historyRequest?: (wukf.v1.HistoryRequest.$Properties|null);

                /** Envelope watchConversation */
                watchConversation?: (wukf.v1.WatchConversation.$Properties|null);

                /** Envelope queueRequest */
                queueRequest?: (wukf.v1.QueueRequest.$Properties|null);

                /** Envelope acceptConversation */
                acceptConversation?: (wukf.v1.AcceptConversation.$Properties|null);

                /** Envelope dashboardRequest */
                dashboardRequest?: (wukf.v1.DashboardRequest.$Properties|null);

                /** Envelope followUpRequest */
                followUpRequest?: (wukf.v1.FollowUpRequest.$Properties|null);

                /** Envelope welcome */
                welcome?: (wukf.v1.Welcome.$Properties|null);

                /** Envelope messageAck */
                messageAck?: (wukf.v1.MessageAck.$Properties|null);

                /** Envelope message */
                message?: (wukf.v1.MessageEvent.$Properties|null);

                /** Envelope receipt */
                receipt?: (wukf.v1.ReceiptEvent.$Properties|null);

                /** Envelope typingEvent */
                typingEvent?: (wukf.v1.TypingEvent.$Properties|null);

                /** Envelope presence */
                presence?: (wukf.v1.PresenceEvent.$Properties|null);

                /** Envelope conversation */
                conversation?: (wukf.v1.ConversationEvent.$Properties|null);

                /** Envelope queue */
                queue?: (wukf.v1.QueueEvent.$Properties|null);

                /** Envelope historyPage */
                historyPage?: (wukf.v1.HistoryPage.$Properties|null);

                /** Envelope replayDone */
                replayDone?: (wukf.v1.ReplayDone.$Properties|null);

                /** Envelope error */
                error?: (wukf.v1.Error.$Properties|null);

                /** Envelope dashboard */
                dashboard?: (wukf.v1.DashboardEvent.$Properties|null);

                /** Envelope followUpPage */
                followUpPage?: (wukf.v1.FollowUpPage.$Properties|null);

                /** Envelope followUpsChanged */
                followUpsChanged?: (wukf.v1.FollowUpsChanged.$Properties|null);

                /** Envelope body */
                body?: ("hello"|"openConversation"|"sendMessage"|"markReceipt"|"typing"|"setPresence"|"claimConversation"|"closeConversation"|"transferConversation"|"historyRequest"|"watchConversation"|"queueRequest"|"acceptConversation"|"dashboardRequest"|"followUpRequest"|"welcome"|"messageAck"|"message"|"receipt"|"typingEvent"|"presence"|"conversation"|"queue"|"historyPage"|"replayDone"|"error"|"dashboard"|"followUpPage"|"followUpsChanged");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Envelope. */
            type $Shape = {
              version?: number|null;
              ref?: number|null;
              hello?: wukf.v1.Hello.$Shape|null;
              openConversation?: wukf.v1.OpenConversation.$Shape|null;
              sendMessage?: wukf.v1.SendMessage.$Shape|null;
              markReceipt?: wukf.v1.MarkReceipt.$Shape|null;
              typing?: wukf.v1.Typing.$Shape|null;
              setPresence?: wukf.v1.SetPresence.$Shape|null;
              claimConversation?: wukf.v1.ClaimConversation.$Shape|null;
              closeConversation?: wukf.v1.CloseConversation.$Shape|null;
              transferConversation?: wukf.v1.TransferConversation.$Shape|null;
              historyRequest?: wukf.v1.HistoryRequest.$Shape|null;
              watchConversation?: wukf.v1.WatchConversation.$Shape|null;
              queueRequest?: wukf.v1.QueueRequest.$Shape|null;
              acceptConversation?: wukf.v1.AcceptConversation.$Shape|null;
              dashboardRequest?: wukf.v1.DashboardRequest.$Shape|null;
              followUpRequest?: wukf.v1.FollowUpRequest.$Shape|null;
              welcome?: wukf.v1.Welcome.$Shape|null;
              messageAck?: wukf.v1.MessageAck.$Shape|null;
              message?: wukf.v1.MessageEvent.$Shape|null;
              receipt?: wukf.v1.ReceiptEvent.$Shape|null;
              typingEvent?: wukf.v1.TypingEvent.$Shape|null;
              presence?: wukf.v1.PresenceEvent.$Shape|null;
              conversation?: wukf.v1.ConversationEvent.$Shape|null;
              queue?: wukf.v1.QueueEvent.$Shape|null;
              historyPage?: wukf.v1.HistoryPage.$Shape|null;
              replayDone?: wukf.v1.ReplayDone.$Shape|null;
              error?: wukf.v1.Error.$Shape|null;
              dashboard?: wukf.v1.DashboardEvent.$Shape|null;
              followUpPage?: wukf.v1.FollowUpPage.$Shape|null;
              followUpsChanged?: wukf.v1.FollowUpsChanged.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "hello"; hello: wukf.v1.Hello.$Shape; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "openConversation"; hello?: null; openConversation: wukf.v1.OpenConversation.$Shape; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "sendMessage"; hello?: null; openConversation?: null; sendMessage: wukf.v1.SendMessage.$Shape; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "markReceipt"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt: wukf.v1.MarkReceipt.$Shape; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "typing"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing: wukf.v1.Typing.$Shape; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "setPresence"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence: wukf.v1.SetPresence.$Shape; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "claimConversation"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation: wukf.v1.ClaimConversation.$Shape; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "closeConversation"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation: wukf.v1.CloseConversation.$Shape; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "transferConversation"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation: wukf.v1.TransferConversation.$Shape; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "historyRequest"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest: wukf.v1.HistoryRequest.$Shape; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "watchConversation"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation: wukf.v1.WatchConversation.$Shape; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "queueRequest"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest: wukf.v1.QueueRequest.$Shape; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "acceptConversation"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation: wukf.v1.AcceptConversation.$Shape; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "dashboardRequest"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest: wukf.v1.DashboardRequest.$Shape; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "followUpRequest"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest: wukf.v1.FollowUpRequest.$Shape; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "welcome"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome: wukf.v1.Welcome.$Shape; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "messageAck"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck: wukf.v1.MessageAck.$Shape; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "message"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message: wukf.v1.MessageEvent.$Shape; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "receipt"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt: wukf.v1.ReceiptEvent.$Shape; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "typingEvent"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent: wukf.v1.TypingEvent.$Shape; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "presence"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence: wukf.v1.PresenceEvent.$Shape; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "conversation"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation: wukf.v1.ConversationEvent.$Shape; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "queue"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue: wukf.v1.QueueEvent.$Shape; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "historyPage"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage: wukf.v1.HistoryPage.$Shape; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "replayDone"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone: wukf.v1.ReplayDone.$Shape; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "error"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error: wukf.v1.Error.$Shape; dashboard?: null; followUpPage?: null; followUpsChanged?: null }|{ body?: "dashboard"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard: wukf.v1.DashboardEvent.$Shape; followUpPage?: null; followUpsChanged?: null }|{ body?: "followUpPage"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage: wukf.v1.FollowUpPage.$Shape; followUpsChanged?: null }|{ body?: "followUpsChanged"; hello?: null; openConversation?: null; sendMessage?: null; markReceipt?: null; typing?: null; setPresence?: null; claimConversation?: null; closeConversation?: null; transferConversation?: null; historyRequest?: null; watchConversation?: null; queueRequest?: null; acceptConversation?: null; dashboardRequest?: null; followUpRequest?: null; welcome?: null; messageAck?: null; message?: null; receipt?: null; typingEvent?: null; presence?: null; conversation?: null; queue?: null; historyPage?: null; replayDone?: null; error?: null; dashboard?: null; followUpPage?: null; followUpsChanged: wukf.v1.FollowUpsChanged.$Shape })
            );
        }

        /** ParticipantKind enum. */
        enum ParticipantKind {

            /** PARTICIPANT_KIND_UNSPECIFIED value */
            PARTICIPANT_KIND_UNSPECIFIED = 0,

            /** PARTICIPANT_KIND_VISITOR value */
            PARTICIPANT_KIND_VISITOR = 1,

            /** PARTICIPANT_KIND_AGENT value */
            PARTICIPANT_KIND_AGENT = 2,

            /** PARTICIPANT_KIND_ADMIN value */
            PARTICIPANT_KIND_ADMIN = 3,

            /** PARTICIPANT_KIND_SYSTEM value */
            PARTICIPANT_KIND_SYSTEM = 4
        }

        /**
         * Properties of a Participant.
         * @deprecated Use wukf.v1.Participant.$Properties instead.
         */
        interface IParticipant extends wukf.v1.Participant.$Properties {
        }

        /** Represents a Participant. */
        class Participant {

            /**
             * Constructs a new Participant.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.Participant.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Participant kind. */
            kind: wukf.v1.ParticipantKind;

            /** Participant id. */
            id: string;

            /** Participant displayName. */
            displayName: string;

            /**
             * Creates a new Participant instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Participant instance
             */
            static create(properties: wukf.v1.Participant.$Shape): wukf.v1.Participant & wukf.v1.Participant.$Shape;
            static create(properties?: wukf.v1.Participant.$Properties): wukf.v1.Participant;

            /**
             * Encodes the specified Participant message. Does not implicitly {@link wukf.v1.Participant.verify|verify} messages.
             * @param message Participant message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.Participant.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Participant message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.Participant & wukf.v1.Participant.$Shape} Participant
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.Participant & wukf.v1.Participant.$Shape;
        }

        namespace Participant {

            /** Properties of a Participant. */
            interface $Properties {

                /** Participant kind */
                kind?: (wukf.v1.ParticipantKind|null);

                /** Participant id */
                id?: (string|null);

                /** Participant displayName */
                displayName?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Participant. */
            type $Shape = wukf.v1.Participant.$Properties;
        }

        /** ConversationState enum. */
        enum ConversationState {

            /** CONVERSATION_STATE_UNSPECIFIED value */
            CONVERSATION_STATE_UNSPECIFIED = 0,

            /** CONVERSATION_STATE_QUEUED value */
            CONVERSATION_STATE_QUEUED = 1,

            /** CONVERSATION_STATE_ACTIVE value */
            CONVERSATION_STATE_ACTIVE = 2,

            /** CONVERSATION_STATE_CLOSED value */
            CONVERSATION_STATE_CLOSED = 3
        }

        /** ReceiptKind enum. */
        enum ReceiptKind {

            /** RECEIPT_KIND_UNSPECIFIED value */
            RECEIPT_KIND_UNSPECIFIED = 0,

            /** RECEIPT_KIND_DELIVERED value */
            RECEIPT_KIND_DELIVERED = 1,

            /** RECEIPT_KIND_READ value */
            RECEIPT_KIND_READ = 2
        }

        /** PresenceStatus enum. */
        enum PresenceStatus {

            /** PRESENCE_STATUS_UNSPECIFIED value */
            PRESENCE_STATUS_UNSPECIFIED = 0,

            /** PRESENCE_STATUS_ONLINE value */
            PRESENCE_STATUS_ONLINE = 1,

            /** PRESENCE_STATUS_AWAY value */
            PRESENCE_STATUS_AWAY = 2,

            /** PRESENCE_STATUS_OFFLINE value */
            PRESENCE_STATUS_OFFLINE = 3
        }

        /**
         * Properties of a Cursor.
         * @deprecated Use wukf.v1.Cursor.$Properties instead.
         */
        interface ICursor extends wukf.v1.Cursor.$Properties {
        }

        /** Represents a Cursor. */
        class Cursor {

            /**
             * Constructs a new Cursor.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.Cursor.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Cursor conversationId. */
            conversationId: string;

            /** Cursor lastSeq. */
            lastSeq: number;

            /**
             * Creates a new Cursor instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Cursor instance
             */
            static create(properties: wukf.v1.Cursor.$Shape): wukf.v1.Cursor & wukf.v1.Cursor.$Shape;
            static create(properties?: wukf.v1.Cursor.$Properties): wukf.v1.Cursor;

            /**
             * Encodes the specified Cursor message. Does not implicitly {@link wukf.v1.Cursor.verify|verify} messages.
             * @param message Cursor message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.Cursor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Cursor message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.Cursor & wukf.v1.Cursor.$Shape} Cursor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.Cursor & wukf.v1.Cursor.$Shape;
        }

        namespace Cursor {

            /** Properties of a Cursor. */
            interface $Properties {

                /** Cursor conversationId */
                conversationId?: (string|null);

                /** Cursor lastSeq */
                lastSeq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Cursor. */
            type $Shape = wukf.v1.Cursor.$Properties;
        }

        /**
         * Properties of a Watermark.
         * @deprecated Use wukf.v1.Watermark.$Properties instead.
         */
        interface IWatermark extends wukf.v1.Watermark.$Properties {
        }

        /** Represents a Watermark. */
        class Watermark {

            /**
             * Constructs a new Watermark.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.Watermark.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Watermark participant. */
            participant?: (wukf.v1.Participant.$Properties|null);

            /** Watermark deliveredSeq. */
            deliveredSeq: number;

            /** Watermark readSeq. */
            readSeq: number;

            /**
             * Creates a new Watermark instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Watermark instance
             */
            static create(properties: wukf.v1.Watermark.$Shape): wukf.v1.Watermark & wukf.v1.Watermark.$Shape;
            static create(properties?: wukf.v1.Watermark.$Properties): wukf.v1.Watermark;

            /**
             * Encodes the specified Watermark message. Does not implicitly {@link wukf.v1.Watermark.verify|verify} messages.
             * @param message Watermark message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.Watermark.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Watermark message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.Watermark & wukf.v1.Watermark.$Shape} Watermark
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.Watermark & wukf.v1.Watermark.$Shape;
        }

        namespace Watermark {

            /** Properties of a Watermark. */
            interface $Properties {

                /** Watermark participant */
                participant?: (wukf.v1.Participant.$Properties|null);

                /** Watermark deliveredSeq */
                deliveredSeq?: (number|null);

                /** Watermark readSeq */
                readSeq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Watermark. */
            type $Shape = wukf.v1.Watermark.$Properties;
        }

        /**
         * Properties of a ConversationSnapshot.
         * @deprecated Use wukf.v1.ConversationSnapshot.$Properties instead.
         */
        interface IConversationSnapshot extends wukf.v1.ConversationSnapshot.$Properties {
        }

        /** Represents a ConversationSnapshot. */
        class ConversationSnapshot {

            /**
             * Constructs a new ConversationSnapshot.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.ConversationSnapshot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConversationSnapshot id. */
            id: string;

            /** ConversationSnapshot state. */
            state: wukf.v1.ConversationState;

            /** ConversationSnapshot visitor. */
            visitor?: (wukf.v1.Participant.$Properties|null);

            /** ConversationSnapshot agent. */
            agent?: (wukf.v1.Participant.$Properties|null);

            /** ConversationSnapshot language. */
            language: string;

            /** ConversationSnapshot skills. */
            skills: string[];

            /** ConversationSnapshot context. */
            context: { [k: string]: string };

            /** ConversationSnapshot lastSeq. */
            lastSeq: number;

            /** ConversationSnapshot watermarks. */
            watermarks: wukf.v1.Watermark.$Properties[];

            /** ConversationSnapshot createdAtMs. */
            createdAtMs: number;

            /** ConversationSnapshot updatedAtMs. */
            updatedAtMs: number;

            /** ConversationSnapshot group. */
            group: string;

            /** ConversationSnapshot priority. */
            priority: number;

            /** ConversationSnapshot assignment. */
            assignment?: (wukf.v1.Assignment.$Properties|null);

            /** ConversationSnapshot offerExpiresAtMs. */
            offerExpiresAtMs: number;

            /** ConversationSnapshot visitorLeft. */
            visitorLeft: boolean;

            /**
             * Creates a new ConversationSnapshot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConversationSnapshot instance
             */
            static create(properties: wukf.v1.ConversationSnapshot.$Shape): wukf.v1.ConversationSnapshot & wukf.v1.ConversationSnapshot.$Shape;
            static create(properties?: wukf.v1.ConversationSnapshot.$Properties): wukf.v1.ConversationSnapshot;

            /**
             * Encodes the specified ConversationSnapshot message. Does not implicitly {@link wukf.v1.ConversationSnapshot.verify|verify} messages.
             * @param message ConversationSnapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.ConversationSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConversationSnapshot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.ConversationSnapshot & wukf.v1.ConversationSnapshot.$Shape} ConversationSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.ConversationSnapshot & wukf.v1.ConversationSnapshot.$Shape;
        }

        namespace ConversationSnapshot {

            /** Properties of a ConversationSnapshot. */
            interface $Properties {

                /** ConversationSnapshot id */
                id?: (string|null);

                /** ConversationSnapshot state */
                state?: (wukf.v1.ConversationState|null);

                /** ConversationSnapshot visitor */
                visitor?: (wukf.v1.Participant.$Properties|null);

                /** ConversationSnapshot agent */
                agent?: (wukf.v1.Participant.$Properties|null);

                /** ConversationSnapshot language */
                language?: (string|null);

                /** ConversationSnapshot skills */
                skills?: (string[]|null);

                /** ConversationSnapshot context */
                context?: ({ [k: string]: string }|null);

                /** ConversationSnapshot lastSeq */
                lastSeq?: (number|null);

                /** ConversationSnapshot watermarks */
                watermarks?: (wukf.v1.Watermark.$Properties[]|null);

                /** ConversationSnapshot createdAtMs */
                createdAtMs?: (number|null);

                /** ConversationSnapshot updatedAtMs */
                updatedAtMs?: (number|null);

                /** ConversationSnapshot group */
                group?: (string|null);

                /** ConversationSnapshot priority */
                priority?: (number|null);

                /** ConversationSnapshot assignment */
                assignment?: (wukf.v1.Assignment.$Properties|null);

                /** ConversationSnapshot offerExpiresAtMs */
                offerExpiresAtMs?: (number|null);

                /** ConversationSnapshot visitorLeft */
                visitorLeft?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConversationSnapshot. */
            type $Shape = wukf.v1.ConversationSnapshot.$Properties;
        }

        /**
         * Properties of a ScoreBreakdown.
         * @deprecated Use wukf.v1.ScoreBreakdown.$Properties instead.
         */
        interface IScoreBreakdown extends wukf.v1.ScoreBreakdown.$Properties {
        }

        /** Represents a ScoreBreakdown. */
        class ScoreBreakdown {

            /**
             * Constructs a new ScoreBreakdown.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.ScoreBreakdown.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ScoreBreakdown agent. */
            agent: string;

            /** ScoreBreakdown total. */
            total: number;

            /** ScoreBreakdown language. */
            language: number;

            /** ScoreBreakdown skills. */
            skills: number;

            /** ScoreBreakdown load. */
            load: number;

            /** ScoreBreakdown shift. */
            shift: number;

            /** ScoreBreakdown fairness. */
            fairness: number;

            /**
             * Creates a new ScoreBreakdown instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ScoreBreakdown instance
             */
            static create(properties: wukf.v1.ScoreBreakdown.$Shape): wukf.v1.ScoreBreakdown & wukf.v1.ScoreBreakdown.$Shape;
            static create(properties?: wukf.v1.ScoreBreakdown.$Properties): wukf.v1.ScoreBreakdown;

            /**
             * Encodes the specified ScoreBreakdown message. Does not implicitly {@link wukf.v1.ScoreBreakdown.verify|verify} messages.
             * @param message ScoreBreakdown message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.ScoreBreakdown.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ScoreBreakdown message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.ScoreBreakdown & wukf.v1.ScoreBreakdown.$Shape} ScoreBreakdown
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.ScoreBreakdown & wukf.v1.ScoreBreakdown.$Shape;
        }

        namespace ScoreBreakdown {

            /** Properties of a ScoreBreakdown. */
            interface $Properties {

                /** ScoreBreakdown agent */
                agent?: (string|null);

                /** ScoreBreakdown total */
                total?: (number|null);

                /** ScoreBreakdown language */
                language?: (number|null);

                /** ScoreBreakdown skills */
                skills?: (number|null);

                /** ScoreBreakdown load */
                load?: (number|null);

                /** ScoreBreakdown shift */
                shift?: (number|null);

                /** ScoreBreakdown fairness */
                fairness?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ScoreBreakdown. */
            type $Shape = wukf.v1.ScoreBreakdown.$Properties;
        }

        /**
         * Properties of an Assignment.
         * @deprecated Use wukf.v1.Assignment.$Properties instead.
         */
        interface IAssignment extends wukf.v1.Assignment.$Properties {
        }

        /** Represents an Assignment. */
        class Assignment {

            /**
             * Constructs a new Assignment.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.Assignment.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Assignment reason. */
            reason: string;

            /** Assignment breakdown. */
            breakdown?: (wukf.v1.ScoreBreakdown.$Properties|null);

            /** Assignment via. */
            via: string;

            /** Assignment overCapacity. */
            overCapacity: boolean;

            /** Assignment assignedAtMs. */
            assignedAtMs: number;

            /**
             * Creates a new Assignment instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Assignment instance
             */
            static create(properties: wukf.v1.Assignment.$Shape): wukf.v1.Assignment & wukf.v1.Assignment.$Shape;
            static create(properties?: wukf.v1.Assignment.$Properties): wukf.v1.Assignment;

            /**
             * Encodes the specified Assignment message. Does not implicitly {@link wukf.v1.Assignment.verify|verify} messages.
             * @param message Assignment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.Assignment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Assignment message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.Assignment & wukf.v1.Assignment.$Shape} Assignment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.Assignment & wukf.v1.Assignment.$Shape;
        }

        namespace Assignment {

            /** Properties of an Assignment. */
            interface $Properties {

                /** Assignment reason */
                reason?: (string|null);

                /** Assignment breakdown */
                breakdown?: (wukf.v1.ScoreBreakdown.$Properties|null);

                /** Assignment via */
                via?: (string|null);

                /** Assignment overCapacity */
                overCapacity?: (boolean|null);

                /** Assignment assignedAtMs */
                assignedAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Assignment. */
            type $Shape = wukf.v1.Assignment.$Properties;
        }

        /**
         * Properties of a Hello.
         * @deprecated Use wukf.v1.Hello.$Properties instead.
         */
        interface IHello extends wukf.v1.Hello.$Properties {
        }

        /** Represents a Hello. */
        class Hello {

            /**
             * Constructs a new Hello.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.Hello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Hello client. */
            client: string;

            /** Hello cursors. */
            cursors: wukf.v1.Cursor.$Properties[];

            /**
             * Creates a new Hello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Hello instance
             */
            static create(properties: wukf.v1.Hello.$Shape): wukf.v1.Hello & wukf.v1.Hello.$Shape;
            static create(properties?: wukf.v1.Hello.$Properties): wukf.v1.Hello;

            /**
             * Encodes the specified Hello message. Does not implicitly {@link wukf.v1.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.Hello & wukf.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.Hello & wukf.v1.Hello.$Shape;
        }

        namespace Hello {

            /** Properties of a Hello. */
            interface $Properties {

                /** Hello client */
                client?: (string|null);

                /** Hello cursors */
                cursors?: (wukf.v1.Cursor.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Hello. */
            type $Shape = wukf.v1.Hello.$Properties;
        }

        /**
         * Properties of an OpenConversation.
         * @deprecated Use wukf.v1.OpenConversation.$Properties instead.
         */
        interface IOpenConversation extends wukf.v1.OpenConversation.$Properties {
        }

        /** Represents an OpenConversation. */
        class OpenConversation {

            /**
             * Constructs a new OpenConversation.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.OpenConversation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OpenConversation conversationId. */
            conversationId: string;

            /** OpenConversation continueLatest. */
            continueLatest: boolean;

            /** OpenConversation language. */
            language: string;

            /** OpenConversation skills. */
            skills: string[];

            /** OpenConversation context. */
            context: { [k: string]: string };

            /** OpenConversation group. */
            group: string;

            /** OpenConversation priority. */
            priority: number;

            /**
             * Creates a new OpenConversation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OpenConversation instance
             */
            static create(properties: wukf.v1.OpenConversation.$Shape): wukf.v1.OpenConversation & wukf.v1.OpenConversation.$Shape;
            static create(properties?: wukf.v1.OpenConversation.$Properties): wukf.v1.OpenConversation;

            /**
             * Encodes the specified OpenConversation message. Does not implicitly {@link wukf.v1.OpenConversation.verify|verify} messages.
             * @param message OpenConversation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.OpenConversation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OpenConversation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.OpenConversation & wukf.v1.OpenConversation.$Shape} OpenConversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.OpenConversation & wukf.v1.OpenConversation.$Shape;
        }

        namespace OpenConversation {

            /** Properties of an OpenConversation. */
            interface $Properties {

                /** OpenConversation conversationId */
                conversationId?: (string|null);

                /** OpenConversation continueLatest */
                continueLatest?: (boolean|null);

                /** OpenConversation language */
                language?: (string|null);

                /** OpenConversation skills */
                skills?: (string[]|null);

                /** OpenConversation context */
                context?: ({ [k: string]: string }|null);

                /** OpenConversation group */
                group?: (string|null);

                /** OpenConversation priority */
                priority?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OpenConversation. */
            type $Shape = wukf.v1.OpenConversation.$Properties;
        }

        /**
         * Properties of a SendMessage.
         * @deprecated Use wukf.v1.SendMessage.$Properties instead.
         */
        interface ISendMessage extends wukf.v1.SendMessage.$Properties {
        }

        /** Represents a SendMessage. */
        class SendMessage {

            /**
             * Constructs a new SendMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.SendMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SendMessage conversationId. */
            conversationId: string;

            /** SendMessage clientMessageId. */
            clientMessageId: string;

            /** SendMessage text. */
            text: string;

            /**
             * Creates a new SendMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SendMessage instance
             */
            static create(properties: wukf.v1.SendMessage.$Shape): wukf.v1.SendMessage & wukf.v1.SendMessage.$Shape;
            static create(properties?: wukf.v1.SendMessage.$Properties): wukf.v1.SendMessage;

            /**
             * Encodes the specified SendMessage message. Does not implicitly {@link wukf.v1.SendMessage.verify|verify} messages.
             * @param message SendMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.SendMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SendMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.SendMessage & wukf.v1.SendMessage.$Shape} SendMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.SendMessage & wukf.v1.SendMessage.$Shape;
        }

        namespace SendMessage {

            /** Properties of a SendMessage. */
            interface $Properties {

                /** SendMessage conversationId */
                conversationId?: (string|null);

                /** SendMessage clientMessageId */
                clientMessageId?: (string|null);

                /** SendMessage text */
                text?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SendMessage. */
            type $Shape = wukf.v1.SendMessage.$Properties;
        }

        /**
         * Properties of a MarkReceipt.
         * @deprecated Use wukf.v1.MarkReceipt.$Properties instead.
         */
        interface IMarkReceipt extends wukf.v1.MarkReceipt.$Properties {
        }

        /** Represents a MarkReceipt. */
        class MarkReceipt {

            /**
             * Constructs a new MarkReceipt.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.MarkReceipt.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MarkReceipt conversationId. */
            conversationId: string;

            /** MarkReceipt kind. */
            kind: wukf.v1.ReceiptKind;

            /** MarkReceipt seq. */
            seq: number;

            /**
             * Creates a new MarkReceipt instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MarkReceipt instance
             */
            static create(properties: wukf.v1.MarkReceipt.$Shape): wukf.v1.MarkReceipt & wukf.v1.MarkReceipt.$Shape;
            static create(properties?: wukf.v1.MarkReceipt.$Properties): wukf.v1.MarkReceipt;

            /**
             * Encodes the specified MarkReceipt message. Does not implicitly {@link wukf.v1.MarkReceipt.verify|verify} messages.
             * @param message MarkReceipt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.MarkReceipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MarkReceipt message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.MarkReceipt & wukf.v1.MarkReceipt.$Shape} MarkReceipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.MarkReceipt & wukf.v1.MarkReceipt.$Shape;
        }

        namespace MarkReceipt {

            /** Properties of a MarkReceipt. */
            interface $Properties {

                /** MarkReceipt conversationId */
                conversationId?: (string|null);

                /** MarkReceipt kind */
                kind?: (wukf.v1.ReceiptKind|null);

                /** MarkReceipt seq */
                seq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MarkReceipt. */
            type $Shape = wukf.v1.MarkReceipt.$Properties;
        }

        /**
         * Properties of a Typing.
         * @deprecated Use wukf.v1.Typing.$Properties instead.
         */
        interface ITyping extends wukf.v1.Typing.$Properties {
        }

        /** Represents a Typing. */
        class Typing {

            /**
             * Constructs a new Typing.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.Typing.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Typing conversationId. */
            conversationId: string;

            /** Typing typing. */
            typing: boolean;

            /**
             * Creates a new Typing instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Typing instance
             */
            static create(properties: wukf.v1.Typing.$Shape): wukf.v1.Typing & wukf.v1.Typing.$Shape;
            static create(properties?: wukf.v1.Typing.$Properties): wukf.v1.Typing;

            /**
             * Encodes the specified Typing message. Does not implicitly {@link wukf.v1.Typing.verify|verify} messages.
             * @param message Typing message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.Typing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Typing message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.Typing & wukf.v1.Typing.$Shape} Typing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.Typing & wukf.v1.Typing.$Shape;
        }

        namespace Typing {

            /** Properties of a Typing. */
            interface $Properties {

                /** Typing conversationId */
                conversationId?: (string|null);

                /** Typing typing */
                typing?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Typing. */
            type $Shape = wukf.v1.Typing.$Properties;
        }

        /**
         * Properties of a SetPresence.
         * @deprecated Use wukf.v1.SetPresence.$Properties instead.
         */
        interface ISetPresence extends wukf.v1.SetPresence.$Properties {
        }

        /** Represents a SetPresence. */
        class SetPresence {

            /**
             * Constructs a new SetPresence.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.SetPresence.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetPresence status. */
            status: wukf.v1.PresenceStatus;

            /**
             * Creates a new SetPresence instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetPresence instance
             */
            static create(properties: wukf.v1.SetPresence.$Shape): wukf.v1.SetPresence & wukf.v1.SetPresence.$Shape;
            static create(properties?: wukf.v1.SetPresence.$Properties): wukf.v1.SetPresence;

            /**
             * Encodes the specified SetPresence message. Does not implicitly {@link wukf.v1.SetPresence.verify|verify} messages.
             * @param message SetPresence message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.SetPresence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetPresence message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.SetPresence & wukf.v1.SetPresence.$Shape} SetPresence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.SetPresence & wukf.v1.SetPresence.$Shape;
        }

        namespace SetPresence {

            /** Properties of a SetPresence. */
            interface $Properties {

                /** SetPresence status */
                status?: (wukf.v1.PresenceStatus|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetPresence. */
            type $Shape = wukf.v1.SetPresence.$Properties;
        }

        /**
         * Properties of a ClaimConversation.
         * @deprecated Use wukf.v1.ClaimConversation.$Properties instead.
         */
        interface IClaimConversation extends wukf.v1.ClaimConversation.$Properties {
        }

        /** Represents a ClaimConversation. */
        class ClaimConversation {

            /**
             * Constructs a new ClaimConversation.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.ClaimConversation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClaimConversation conversationId. */
            conversationId: string;

            /**
             * Creates a new ClaimConversation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClaimConversation instance
             */
            static create(properties: wukf.v1.ClaimConversation.$Shape): wukf.v1.ClaimConversation & wukf.v1.ClaimConversation.$Shape;
            static create(properties?: wukf.v1.ClaimConversation.$Properties): wukf.v1.ClaimConversation;

            /**
             * Encodes the specified ClaimConversation message. Does not implicitly {@link wukf.v1.ClaimConversation.verify|verify} messages.
             * @param message ClaimConversation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.ClaimConversation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClaimConversation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.ClaimConversation & wukf.v1.ClaimConversation.$Shape} ClaimConversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.ClaimConversation & wukf.v1.ClaimConversation.$Shape;
        }

        namespace ClaimConversation {

            /** Properties of a ClaimConversation. */
            interface $Properties {

                /** ClaimConversation conversationId */
                conversationId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClaimConversation. */
            type $Shape = wukf.v1.ClaimConversation.$Properties;
        }

        /**
         * Properties of an AcceptConversation.
         * @deprecated Use wukf.v1.AcceptConversation.$Properties instead.
         */
        interface IAcceptConversation extends wukf.v1.AcceptConversation.$Properties {
        }

        /** Represents an AcceptConversation. */
        class AcceptConversation {

            /**
             * Constructs a new AcceptConversation.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.AcceptConversation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AcceptConversation conversationId. */
            conversationId: string;

            /**
             * Creates a new AcceptConversation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AcceptConversation instance
             */
            static create(properties: wukf.v1.AcceptConversation.$Shape): wukf.v1.AcceptConversation & wukf.v1.AcceptConversation.$Shape;
            static create(properties?: wukf.v1.AcceptConversation.$Properties): wukf.v1.AcceptConversation;

            /**
             * Encodes the specified AcceptConversation message. Does not implicitly {@link wukf.v1.AcceptConversation.verify|verify} messages.
             * @param message AcceptConversation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.AcceptConversation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AcceptConversation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.AcceptConversation & wukf.v1.AcceptConversation.$Shape} AcceptConversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.AcceptConversation & wukf.v1.AcceptConversation.$Shape;
        }

        namespace AcceptConversation {

            /** Properties of an AcceptConversation. */
            interface $Properties {

                /** AcceptConversation conversationId */
                conversationId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AcceptConversation. */
            type $Shape = wukf.v1.AcceptConversation.$Properties;
        }

        /**
         * Properties of a CloseConversation.
         * @deprecated Use wukf.v1.CloseConversation.$Properties instead.
         */
        interface ICloseConversation extends wukf.v1.CloseConversation.$Properties {
        }

        /** Represents a CloseConversation. */
        class CloseConversation {

            /**
             * Constructs a new CloseConversation.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.CloseConversation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CloseConversation conversationId. */
            conversationId: string;

            /** CloseConversation reason. */
            reason: string;

            /**
             * Creates a new CloseConversation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CloseConversation instance
             */
            static create(properties: wukf.v1.CloseConversation.$Shape): wukf.v1.CloseConversation & wukf.v1.CloseConversation.$Shape;
            static create(properties?: wukf.v1.CloseConversation.$Properties): wukf.v1.CloseConversation;

            /**
             * Encodes the specified CloseConversation message. Does not implicitly {@link wukf.v1.CloseConversation.verify|verify} messages.
             * @param message CloseConversation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.CloseConversation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CloseConversation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.CloseConversation & wukf.v1.CloseConversation.$Shape} CloseConversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.CloseConversation & wukf.v1.CloseConversation.$Shape;
        }

        namespace CloseConversation {

            /** Properties of a CloseConversation. */
            interface $Properties {

                /** CloseConversation conversationId */
                conversationId?: (string|null);

                /** CloseConversation reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CloseConversation. */
            type $Shape = wukf.v1.CloseConversation.$Properties;
        }

        /**
         * Properties of a TransferConversation.
         * @deprecated Use wukf.v1.TransferConversation.$Properties instead.
         */
        interface ITransferConversation extends wukf.v1.TransferConversation.$Properties {
        }

        /** Represents a TransferConversation. */
        class TransferConversation {

            /**
             * Constructs a new TransferConversation.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.TransferConversation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TransferConversation conversationId. */
            conversationId: string;

            /** TransferConversation toAgent. */
            toAgent: string;

            /** TransferConversation note. */
            note: string;

            /** TransferConversation overrideCapacity. */
            overrideCapacity: boolean;

            /** TransferConversation toGroup. */
            toGroup: string;

            /**
             * Creates a new TransferConversation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TransferConversation instance
             */
            static create(properties: wukf.v1.TransferConversation.$Shape): wukf.v1.TransferConversation & wukf.v1.TransferConversation.$Shape;
            static create(properties?: wukf.v1.TransferConversation.$Properties): wukf.v1.TransferConversation;

            /**
             * Encodes the specified TransferConversation message. Does not implicitly {@link wukf.v1.TransferConversation.verify|verify} messages.
             * @param message TransferConversation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.TransferConversation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TransferConversation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.TransferConversation & wukf.v1.TransferConversation.$Shape} TransferConversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.TransferConversation & wukf.v1.TransferConversation.$Shape;
        }

        namespace TransferConversation {

            /** Properties of a TransferConversation. */
            interface $Properties {

                /** TransferConversation conversationId */
                conversationId?: (string|null);

                /** TransferConversation toAgent */
                toAgent?: (string|null);

                /** TransferConversation note */
                note?: (string|null);

                /** TransferConversation overrideCapacity */
                overrideCapacity?: (boolean|null);

                /** TransferConversation toGroup */
                toGroup?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TransferConversation. */
            type $Shape = wukf.v1.TransferConversation.$Properties;
        }

        /**
         * Properties of a HistoryRequest.
         * @deprecated Use wukf.v1.HistoryRequest.$Properties instead.
         */
        interface IHistoryRequest extends wukf.v1.HistoryRequest.$Properties {
        }

        /** Represents a HistoryRequest. */
        class HistoryRequest {

            /**
             * Constructs a new HistoryRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.HistoryRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HistoryRequest conversationId. */
            conversationId: string;

            /** HistoryRequest beforeSeq. */
            beforeSeq: number;

            /** HistoryRequest limit. */
            limit: number;

            /**
             * Creates a new HistoryRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HistoryRequest instance
             */
            static create(properties: wukf.v1.HistoryRequest.$Shape): wukf.v1.HistoryRequest & wukf.v1.HistoryRequest.$Shape;
            static create(properties?: wukf.v1.HistoryRequest.$Properties): wukf.v1.HistoryRequest;

            /**
             * Encodes the specified HistoryRequest message. Does not implicitly {@link wukf.v1.HistoryRequest.verify|verify} messages.
             * @param message HistoryRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.HistoryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HistoryRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.HistoryRequest & wukf.v1.HistoryRequest.$Shape} HistoryRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.HistoryRequest & wukf.v1.HistoryRequest.$Shape;
        }

        namespace HistoryRequest {

            /** Properties of a HistoryRequest. */
            interface $Properties {

                /** HistoryRequest conversationId */
                conversationId?: (string|null);

                /** HistoryRequest beforeSeq */
                beforeSeq?: (number|null);

                /** HistoryRequest limit */
                limit?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HistoryRequest. */
            type $Shape = wukf.v1.HistoryRequest.$Properties;
        }

        /**
         * Properties of a WatchConversation.
         * @deprecated Use wukf.v1.WatchConversation.$Properties instead.
         */
        interface IWatchConversation extends wukf.v1.WatchConversation.$Properties {
        }

        /** Represents a WatchConversation. */
        class WatchConversation {

            /**
             * Constructs a new WatchConversation.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.WatchConversation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WatchConversation conversationId. */
            conversationId: string;

            /** WatchConversation watch. */
            watch: boolean;

            /**
             * Creates a new WatchConversation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WatchConversation instance
             */
            static create(properties: wukf.v1.WatchConversation.$Shape): wukf.v1.WatchConversation & wukf.v1.WatchConversation.$Shape;
            static create(properties?: wukf.v1.WatchConversation.$Properties): wukf.v1.WatchConversation;

            /**
             * Encodes the specified WatchConversation message. Does not implicitly {@link wukf.v1.WatchConversation.verify|verify} messages.
             * @param message WatchConversation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.WatchConversation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WatchConversation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.WatchConversation & wukf.v1.WatchConversation.$Shape} WatchConversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.WatchConversation & wukf.v1.WatchConversation.$Shape;
        }

        namespace WatchConversation {

            /** Properties of a WatchConversation. */
            interface $Properties {

                /** WatchConversation conversationId */
                conversationId?: (string|null);

                /** WatchConversation watch */
                watch?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WatchConversation. */
            type $Shape = wukf.v1.WatchConversation.$Properties;
        }

        /**
         * Properties of a QueueRequest.
         * @deprecated Use wukf.v1.QueueRequest.$Properties instead.
         */
        interface IQueueRequest extends wukf.v1.QueueRequest.$Properties {
        }

        /** Represents a QueueRequest. */
        class QueueRequest {

            /**
             * Constructs a new QueueRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.QueueRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueueRequest offset. */
            offset: number;

            /** QueueRequest limit. */
            limit: number;

            /**
             * Creates a new QueueRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueRequest instance
             */
            static create(properties: wukf.v1.QueueRequest.$Shape): wukf.v1.QueueRequest & wukf.v1.QueueRequest.$Shape;
            static create(properties?: wukf.v1.QueueRequest.$Properties): wukf.v1.QueueRequest;

            /**
             * Encodes the specified QueueRequest message. Does not implicitly {@link wukf.v1.QueueRequest.verify|verify} messages.
             * @param message QueueRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.QueueRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.QueueRequest & wukf.v1.QueueRequest.$Shape} QueueRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.QueueRequest & wukf.v1.QueueRequest.$Shape;
        }

        namespace QueueRequest {

            /** Properties of a QueueRequest. */
            interface $Properties {

                /** QueueRequest offset */
                offset?: (number|null);

                /** QueueRequest limit */
                limit?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueRequest. */
            type $Shape = wukf.v1.QueueRequest.$Properties;
        }

        /**
         * Properties of a FollowUpRequest.
         * @deprecated Use wukf.v1.FollowUpRequest.$Properties instead.
         */
        interface IFollowUpRequest extends wukf.v1.FollowUpRequest.$Properties {
        }

        /** Represents a FollowUpRequest. */
        class FollowUpRequest {

            /**
             * Constructs a new FollowUpRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.FollowUpRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FollowUpRequest offset. */
            offset: number;

            /** FollowUpRequest limit. */
            limit: number;

            /**
             * Creates a new FollowUpRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FollowUpRequest instance
             */
            static create(properties: wukf.v1.FollowUpRequest.$Shape): wukf.v1.FollowUpRequest & wukf.v1.FollowUpRequest.$Shape;
            static create(properties?: wukf.v1.FollowUpRequest.$Properties): wukf.v1.FollowUpRequest;

            /**
             * Encodes the specified FollowUpRequest message. Does not implicitly {@link wukf.v1.FollowUpRequest.verify|verify} messages.
             * @param message FollowUpRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.FollowUpRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FollowUpRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.FollowUpRequest & wukf.v1.FollowUpRequest.$Shape} FollowUpRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.FollowUpRequest & wukf.v1.FollowUpRequest.$Shape;
        }

        namespace FollowUpRequest {

            /** Properties of a FollowUpRequest. */
            interface $Properties {

                /** FollowUpRequest offset */
                offset?: (number|null);

                /** FollowUpRequest limit */
                limit?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FollowUpRequest. */
            type $Shape = wukf.v1.FollowUpRequest.$Properties;
        }

        /**
         * Properties of a DashboardRequest.
         * @deprecated Use wukf.v1.DashboardRequest.$Properties instead.
         */
        interface IDashboardRequest extends wukf.v1.DashboardRequest.$Properties {
        }

        /** Represents a DashboardRequest. */
        class DashboardRequest {

            /**
             * Constructs a new DashboardRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.DashboardRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DashboardRequest subscribe. */
            subscribe: boolean;

            /**
             * Creates a new DashboardRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DashboardRequest instance
             */
            static create(properties: wukf.v1.DashboardRequest.$Shape): wukf.v1.DashboardRequest & wukf.v1.DashboardRequest.$Shape;
            static create(properties?: wukf.v1.DashboardRequest.$Properties): wukf.v1.DashboardRequest;

            /**
             * Encodes the specified DashboardRequest message. Does not implicitly {@link wukf.v1.DashboardRequest.verify|verify} messages.
             * @param message DashboardRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.DashboardRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DashboardRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.DashboardRequest & wukf.v1.DashboardRequest.$Shape} DashboardRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.DashboardRequest & wukf.v1.DashboardRequest.$Shape;
        }

        namespace DashboardRequest {

            /** Properties of a DashboardRequest. */
            interface $Properties {

                /** DashboardRequest subscribe */
                subscribe?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DashboardRequest. */
            type $Shape = wukf.v1.DashboardRequest.$Properties;
        }

        /**
         * Properties of a Limits.
         * @deprecated Use wukf.v1.Limits.$Properties instead.
         */
        interface ILimits extends wukf.v1.Limits.$Properties {
        }

        /** Represents a Limits. */
        class Limits {

            /**
             * Constructs a new Limits.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.Limits.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Limits maxFrameBytes. */
            maxFrameBytes: number;

            /** Limits maxTextBytes. */
            maxTextBytes: number;

            /** Limits ratePerSecond. */
            ratePerSecond: number;

            /** Limits rateBurst. */
            rateBurst: number;

            /** Limits typingIntervalMs. */
            typingIntervalMs: number;

            /**
             * Creates a new Limits instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Limits instance
             */
            static create(properties: wukf.v1.Limits.$Shape): wukf.v1.Limits & wukf.v1.Limits.$Shape;
            static create(properties?: wukf.v1.Limits.$Properties): wukf.v1.Limits;

            /**
             * Encodes the specified Limits message. Does not implicitly {@link wukf.v1.Limits.verify|verify} messages.
             * @param message Limits message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.Limits.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Limits message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.Limits & wukf.v1.Limits.$Shape} Limits
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.Limits & wukf.v1.Limits.$Shape;
        }

        namespace Limits {

            /** Properties of a Limits. */
            interface $Properties {

                /** Limits maxFrameBytes */
                maxFrameBytes?: (number|null);

                /** Limits maxTextBytes */
                maxTextBytes?: (number|null);

                /** Limits ratePerSecond */
                ratePerSecond?: (number|null);

                /** Limits rateBurst */
                rateBurst?: (number|null);

                /** Limits typingIntervalMs */
                typingIntervalMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Limits. */
            type $Shape = wukf.v1.Limits.$Properties;
        }

        /**
         * Properties of a Welcome.
         * @deprecated Use wukf.v1.Welcome.$Properties instead.
         */
        interface IWelcome extends wukf.v1.Welcome.$Properties {
        }

        /** Represents a Welcome. */
        class Welcome {

            /**
             * Constructs a new Welcome.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.Welcome.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Welcome you. */
            you?: (wukf.v1.Participant.$Properties|null);

            /** Welcome pingIntervalMs. */
            pingIntervalMs: number;

            /** Welcome limits. */
            limits?: (wukf.v1.Limits.$Properties|null);

            /** Welcome conversations. */
            conversations: wukf.v1.ConversationSnapshot.$Properties[];

            /** Welcome resume. */
            resume: wukf.v1.ResumeResult.$Properties[];

            /** Welcome serverTimeMs. */
            serverTimeMs: number;

            /**
             * Creates a new Welcome instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Welcome instance
             */
            static create(properties: wukf.v1.Welcome.$Shape): wukf.v1.Welcome & wukf.v1.Welcome.$Shape;
            static create(properties?: wukf.v1.Welcome.$Properties): wukf.v1.Welcome;

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link wukf.v1.Welcome.verify|verify} messages.
             * @param message Welcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.Welcome & wukf.v1.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.Welcome & wukf.v1.Welcome.$Shape;
        }

        namespace Welcome {

            /** Properties of a Welcome. */
            interface $Properties {

                /** Welcome you */
                you?: (wukf.v1.Participant.$Properties|null);

                /** Welcome pingIntervalMs */
                pingIntervalMs?: (number|null);

                /** Welcome limits */
                limits?: (wukf.v1.Limits.$Properties|null);

                /** Welcome conversations */
                conversations?: (wukf.v1.ConversationSnapshot.$Properties[]|null);

                /** Welcome resume */
                resume?: (wukf.v1.ResumeResult.$Properties[]|null);

                /** Welcome serverTimeMs */
                serverTimeMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Welcome. */
            type $Shape = wukf.v1.Welcome.$Properties;
        }

        /**
         * Properties of a ResumeResult.
         * @deprecated Use wukf.v1.ResumeResult.$Properties instead.
         */
        interface IResumeResult extends wukf.v1.ResumeResult.$Properties {
        }

        /** Represents a ResumeResult. */
        class ResumeResult {

            /**
             * Constructs a new ResumeResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.ResumeResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResumeResult conversationId. */
            conversationId: string;

            /** ResumeResult status. */
            status: wukf.v1.ResumeResult.Status;

            /** ResumeResult afterSeq. */
            afterSeq: number;

            /** ResumeResult toSeq. */
            toSeq: number;

            /**
             * Creates a new ResumeResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResumeResult instance
             */
            static create(properties: wukf.v1.ResumeResult.$Shape): wukf.v1.ResumeResult & wukf.v1.ResumeResult.$Shape;
            static create(properties?: wukf.v1.ResumeResult.$Properties): wukf.v1.ResumeResult;

            /**
             * Encodes the specified ResumeResult message. Does not implicitly {@link wukf.v1.ResumeResult.verify|verify} messages.
             * @param message ResumeResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.ResumeResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResumeResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.ResumeResult & wukf.v1.ResumeResult.$Shape} ResumeResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.ResumeResult & wukf.v1.ResumeResult.$Shape;
        }

        namespace ResumeResult {

            /** Properties of a ResumeResult. */
            interface $Properties {

                /** ResumeResult conversationId */
                conversationId?: (string|null);

                /** ResumeResult status */
                status?: (wukf.v1.ResumeResult.Status|null);

                /** ResumeResult afterSeq */
                afterSeq?: (number|null);

                /** ResumeResult toSeq */
                toSeq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResumeResult. */
            type $Shape = wukf.v1.ResumeResult.$Properties;

            /** Status enum. */
            enum Status {

                /** STATUS_UNSPECIFIED value */
                STATUS_UNSPECIFIED = 0,

                /** STATUS_REPLAYING value */
                STATUS_REPLAYING = 1,

                /** STATUS_GAP_TOO_LARGE value */
                STATUS_GAP_TOO_LARGE = 2,

                /** STATUS_FORBIDDEN value */
                STATUS_FORBIDDEN = 3,

                /** STATUS_CURSOR_AHEAD value */
                STATUS_CURSOR_AHEAD = 4
            }
        }

        /**
         * Properties of a ReplayDone.
         * @deprecated Use wukf.v1.ReplayDone.$Properties instead.
         */
        interface IReplayDone extends wukf.v1.ReplayDone.$Properties {
        }

        /** Represents a ReplayDone. */
        class ReplayDone {

            /**
             * Constructs a new ReplayDone.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.ReplayDone.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ReplayDone instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReplayDone instance
             */
            static create(properties: wukf.v1.ReplayDone.$Shape): wukf.v1.ReplayDone & wukf.v1.ReplayDone.$Shape;
            static create(properties?: wukf.v1.ReplayDone.$Properties): wukf.v1.ReplayDone;

            /**
             * Encodes the specified ReplayDone message. Does not implicitly {@link wukf.v1.ReplayDone.verify|verify} messages.
             * @param message ReplayDone message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.ReplayDone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReplayDone message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.ReplayDone & wukf.v1.ReplayDone.$Shape} ReplayDone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.ReplayDone & wukf.v1.ReplayDone.$Shape;
        }

        namespace ReplayDone {

            /** Properties of a ReplayDone. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReplayDone. */
            type $Shape = wukf.v1.ReplayDone.$Properties;
        }

        /**
         * Properties of a MessageAck.
         * @deprecated Use wukf.v1.MessageAck.$Properties instead.
         */
        interface IMessageAck extends wukf.v1.MessageAck.$Properties {
        }

        /** Represents a MessageAck. */
        class MessageAck {

            /**
             * Constructs a new MessageAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.MessageAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MessageAck conversationId. */
            conversationId: string;

            /** MessageAck clientMessageId. */
            clientMessageId: string;

            /** MessageAck seq. */
            seq: number;

            /** MessageAck createdAtMs. */
            createdAtMs: number;

            /** MessageAck duplicate. */
            duplicate: boolean;

            /**
             * Creates a new MessageAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MessageAck instance
             */
            static create(properties: wukf.v1.MessageAck.$Shape): wukf.v1.MessageAck & wukf.v1.MessageAck.$Shape;
            static create(properties?: wukf.v1.MessageAck.$Properties): wukf.v1.MessageAck;

            /**
             * Encodes the specified MessageAck message. Does not implicitly {@link wukf.v1.MessageAck.verify|verify} messages.
             * @param message MessageAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.MessageAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MessageAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.MessageAck & wukf.v1.MessageAck.$Shape} MessageAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.MessageAck & wukf.v1.MessageAck.$Shape;
        }

        namespace MessageAck {

            /** Properties of a MessageAck. */
            interface $Properties {

                /** MessageAck conversationId */
                conversationId?: (string|null);

                /** MessageAck clientMessageId */
                clientMessageId?: (string|null);

                /** MessageAck seq */
                seq?: (number|null);

                /** MessageAck createdAtMs */
                createdAtMs?: (number|null);

                /** MessageAck duplicate */
                duplicate?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MessageAck. */
            type $Shape = wukf.v1.MessageAck.$Properties;
        }

        /**
         * Properties of a SystemEvent.
         * @deprecated Use wukf.v1.SystemEvent.$Properties instead.
         */
        interface ISystemEvent extends wukf.v1.SystemEvent.$Properties {
        }

        /** Represents a SystemEvent. */
        class SystemEvent {

            /**
             * Constructs a new SystemEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.SystemEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SystemEvent kind. */
            kind: wukf.v1.SystemEvent.Kind;

            /** SystemEvent subject. */
            subject?: (wukf.v1.Participant.$Properties|null);

            /** SystemEvent previous. */
            previous?: (wukf.v1.Participant.$Properties|null);

            /** SystemEvent note. */
            note: string;

            /** SystemEvent capacityOverriddenBy. */
            capacityOverriddenBy?: (wukf.v1.Participant.$Properties|null);

            /** SystemEvent assignment. */
            assignment?: (wukf.v1.Assignment.$Properties|null);

            /**
             * Creates a new SystemEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SystemEvent instance
             */
            static create(properties: wukf.v1.SystemEvent.$Shape): wukf.v1.SystemEvent & wukf.v1.SystemEvent.$Shape;
            static create(properties?: wukf.v1.SystemEvent.$Properties): wukf.v1.SystemEvent;

            /**
             * Encodes the specified SystemEvent message. Does not implicitly {@link wukf.v1.SystemEvent.verify|verify} messages.
             * @param message SystemEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.SystemEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SystemEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.SystemEvent & wukf.v1.SystemEvent.$Shape} SystemEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.SystemEvent & wukf.v1.SystemEvent.$Shape;
        }

        namespace SystemEvent {

            /** Properties of a SystemEvent. */
            interface $Properties {

                /** SystemEvent kind */
                kind?: (wukf.v1.SystemEvent.Kind|null);

                /** SystemEvent subject */
                subject?: (wukf.v1.Participant.$Properties|null);

                /** SystemEvent previous */
                previous?: (wukf.v1.Participant.$Properties|null);

                /** SystemEvent note */
                note?: (string|null);

                /** SystemEvent capacityOverriddenBy */
                capacityOverriddenBy?: (wukf.v1.Participant.$Properties|null);

                /** SystemEvent assignment */
                assignment?: (wukf.v1.Assignment.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SystemEvent. */
            type $Shape = wukf.v1.SystemEvent.$Properties;

            /** Kind enum. */
            enum Kind {

                /** KIND_UNSPECIFIED value */
                KIND_UNSPECIFIED = 0,

                /** KIND_OPENED value */
                KIND_OPENED = 1,

                /** KIND_JOINED value */
                KIND_JOINED = 2,

                /** KIND_LEFT value */
                KIND_LEFT = 3,

                /** KIND_TRANSFERRED value */
                KIND_TRANSFERRED = 4,

                /** KIND_CLOSED value */
                KIND_CLOSED = 5,

                /** KIND_ACCEPTED value */
                KIND_ACCEPTED = 6,

                /** KIND_REQUEUED value */
                KIND_REQUEUED = 7
            }
        }

        /**
         * Properties of a MessageEvent.
         * @deprecated Use wukf.v1.MessageEvent.$Properties instead.
         */
        interface IMessageEvent extends wukf.v1.MessageEvent.$Properties {
        }

        /** Represents a MessageEvent. */
        class MessageEvent {

            /**
             * Constructs a new MessageEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.MessageEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MessageEvent conversationId. */
            conversationId: string;

            /** MessageEvent seq. */
            seq: number;

            /** MessageEvent clientMessageId. */
            clientMessageId: string;

            /** MessageEvent sender. */
            sender?: (wukf.v1.Participant.$Properties|null);

            /** MessageEvent createdAtMs. */
            createdAtMs: number;

            /** MessageEvent text. */
            text?: (string|null);

            /** MessageEvent system. */
            system?: (wukf.v1.SystemEvent.$Properties|null);

            /** MessageEvent content. */
            content?: ("text"|"system");

            /**
             * Creates a new MessageEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MessageEvent instance
             */
            static create(properties: wukf.v1.MessageEvent.$Shape): wukf.v1.MessageEvent & wukf.v1.MessageEvent.$Shape;
            static create(properties?: wukf.v1.MessageEvent.$Properties): wukf.v1.MessageEvent;

            /**
             * Encodes the specified MessageEvent message. Does not implicitly {@link wukf.v1.MessageEvent.verify|verify} messages.
             * @param message MessageEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.MessageEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MessageEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.MessageEvent & wukf.v1.MessageEvent.$Shape} MessageEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.MessageEvent & wukf.v1.MessageEvent.$Shape;
        }

        namespace MessageEvent {

            /** Properties of a MessageEvent. */
            interface $Properties {

                /** MessageEvent conversationId */
                conversationId?: (string|null);

                /** MessageEvent seq */
                seq?: (number|null);

                /** MessageEvent clientMessageId */
                clientMessageId?: (string|null);

                /** MessageEvent sender */
                sender?: (wukf.v1.Participant.$Properties|null);

                /** MessageEvent createdAtMs */
                createdAtMs?: (number|null);

                /** MessageEvent text */
                text?: (string|null);

                /** MessageEvent system */
                system?: (wukf.v1.SystemEvent.$Properties|null);

                /** MessageEvent content */
                content?: ("text"|"system");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a MessageEvent. */
            type $Shape = {
              conversationId?: string|null;
              seq?: number|null;
              clientMessageId?: string|null;
              sender?: wukf.v1.Participant.$Shape|null;
              createdAtMs?: number|null;
              text?: string|null;
              system?: wukf.v1.SystemEvent.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ content?: undefined; text?: null; system?: null }|{ content?: "text"; text: string; system?: null }|{ content?: "system"; text?: null; system: wukf.v1.SystemEvent.$Shape })
            );
        }

        /**
         * Properties of a ReceiptEvent.
         * @deprecated Use wukf.v1.ReceiptEvent.$Properties instead.
         */
        interface IReceiptEvent extends wukf.v1.ReceiptEvent.$Properties {
        }

        /** Represents a ReceiptEvent. */
        class ReceiptEvent {

            /**
             * Constructs a new ReceiptEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.ReceiptEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReceiptEvent conversationId. */
            conversationId: string;

            /** ReceiptEvent participant. */
            participant?: (wukf.v1.Participant.$Properties|null);

            /** ReceiptEvent kind. */
            kind: wukf.v1.ReceiptKind;

            /** ReceiptEvent seq. */
            seq: number;

            /**
             * Creates a new ReceiptEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReceiptEvent instance
             */
            static create(properties: wukf.v1.ReceiptEvent.$Shape): wukf.v1.ReceiptEvent & wukf.v1.ReceiptEvent.$Shape;
            static create(properties?: wukf.v1.ReceiptEvent.$Properties): wukf.v1.ReceiptEvent;

            /**
             * Encodes the specified ReceiptEvent message. Does not implicitly {@link wukf.v1.ReceiptEvent.verify|verify} messages.
             * @param message ReceiptEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.ReceiptEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReceiptEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.ReceiptEvent & wukf.v1.ReceiptEvent.$Shape} ReceiptEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.ReceiptEvent & wukf.v1.ReceiptEvent.$Shape;
        }

        namespace ReceiptEvent {

            /** Properties of a ReceiptEvent. */
            interface $Properties {

                /** ReceiptEvent conversationId */
                conversationId?: (string|null);

                /** ReceiptEvent participant */
                participant?: (wukf.v1.Participant.$Properties|null);

                /** ReceiptEvent kind */
                kind?: (wukf.v1.ReceiptKind|null);

                /** ReceiptEvent seq */
                seq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReceiptEvent. */
            type $Shape = wukf.v1.ReceiptEvent.$Properties;
        }

        /**
         * Properties of a TypingEvent.
         * @deprecated Use wukf.v1.TypingEvent.$Properties instead.
         */
        interface ITypingEvent extends wukf.v1.TypingEvent.$Properties {
        }

        /** Represents a TypingEvent. */
        class TypingEvent {

            /**
             * Constructs a new TypingEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.TypingEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TypingEvent conversationId. */
            conversationId: string;

            /** TypingEvent participant. */
            participant?: (wukf.v1.Participant.$Properties|null);

            /** TypingEvent typing. */
            typing: boolean;

            /**
             * Creates a new TypingEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TypingEvent instance
             */
            static create(properties: wukf.v1.TypingEvent.$Shape): wukf.v1.TypingEvent & wukf.v1.TypingEvent.$Shape;
            static create(properties?: wukf.v1.TypingEvent.$Properties): wukf.v1.TypingEvent;

            /**
             * Encodes the specified TypingEvent message. Does not implicitly {@link wukf.v1.TypingEvent.verify|verify} messages.
             * @param message TypingEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.TypingEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TypingEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.TypingEvent & wukf.v1.TypingEvent.$Shape} TypingEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.TypingEvent & wukf.v1.TypingEvent.$Shape;
        }

        namespace TypingEvent {

            /** Properties of a TypingEvent. */
            interface $Properties {

                /** TypingEvent conversationId */
                conversationId?: (string|null);

                /** TypingEvent participant */
                participant?: (wukf.v1.Participant.$Properties|null);

                /** TypingEvent typing */
                typing?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TypingEvent. */
            type $Shape = wukf.v1.TypingEvent.$Properties;
        }

        /**
         * Properties of a PresenceEvent.
         * @deprecated Use wukf.v1.PresenceEvent.$Properties instead.
         */
        interface IPresenceEvent extends wukf.v1.PresenceEvent.$Properties {
        }

        /** Represents a PresenceEvent. */
        class PresenceEvent {

            /**
             * Constructs a new PresenceEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.PresenceEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PresenceEvent participant. */
            participant?: (wukf.v1.Participant.$Properties|null);

            /** PresenceEvent status. */
            status: wukf.v1.PresenceStatus;

            /**
             * Creates a new PresenceEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PresenceEvent instance
             */
            static create(properties: wukf.v1.PresenceEvent.$Shape): wukf.v1.PresenceEvent & wukf.v1.PresenceEvent.$Shape;
            static create(properties?: wukf.v1.PresenceEvent.$Properties): wukf.v1.PresenceEvent;

            /**
             * Encodes the specified PresenceEvent message. Does not implicitly {@link wukf.v1.PresenceEvent.verify|verify} messages.
             * @param message PresenceEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.PresenceEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PresenceEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.PresenceEvent & wukf.v1.PresenceEvent.$Shape} PresenceEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.PresenceEvent & wukf.v1.PresenceEvent.$Shape;
        }

        namespace PresenceEvent {

            /** Properties of a PresenceEvent. */
            interface $Properties {

                /** PresenceEvent participant */
                participant?: (wukf.v1.Participant.$Properties|null);

                /** PresenceEvent status */
                status?: (wukf.v1.PresenceStatus|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PresenceEvent. */
            type $Shape = wukf.v1.PresenceEvent.$Properties;
        }

        /**
         * Properties of a ConversationEvent.
         * @deprecated Use wukf.v1.ConversationEvent.$Properties instead.
         */
        interface IConversationEvent extends wukf.v1.ConversationEvent.$Properties {
        }

        /** Represents a ConversationEvent. */
        class ConversationEvent {

            /**
             * Constructs a new ConversationEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.ConversationEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConversationEvent conversation. */
            conversation?: (wukf.v1.ConversationSnapshot.$Properties|null);

            /**
             * Creates a new ConversationEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConversationEvent instance
             */
            static create(properties: wukf.v1.ConversationEvent.$Shape): wukf.v1.ConversationEvent & wukf.v1.ConversationEvent.$Shape;
            static create(properties?: wukf.v1.ConversationEvent.$Properties): wukf.v1.ConversationEvent;

            /**
             * Encodes the specified ConversationEvent message. Does not implicitly {@link wukf.v1.ConversationEvent.verify|verify} messages.
             * @param message ConversationEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.ConversationEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConversationEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.ConversationEvent & wukf.v1.ConversationEvent.$Shape} ConversationEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.ConversationEvent & wukf.v1.ConversationEvent.$Shape;
        }

        namespace ConversationEvent {

            /** Properties of a ConversationEvent. */
            interface $Properties {

                /** ConversationEvent conversation */
                conversation?: (wukf.v1.ConversationSnapshot.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConversationEvent. */
            type $Shape = wukf.v1.ConversationEvent.$Properties;
        }

        /**
         * Properties of a QueuedConversation.
         * @deprecated Use wukf.v1.QueuedConversation.$Properties instead.
         */
        interface IQueuedConversation extends wukf.v1.QueuedConversation.$Properties {
        }

        /** Represents a QueuedConversation. */
        class QueuedConversation {

            /**
             * Constructs a new QueuedConversation.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.QueuedConversation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueuedConversation conversation. */
            conversation?: (wukf.v1.ConversationSnapshot.$Properties|null);

            /** QueuedConversation position. */
            position: number;

            /** QueuedConversation waitedS. */
            waitedS: number;

            /**
             * Creates a new QueuedConversation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueuedConversation instance
             */
            static create(properties: wukf.v1.QueuedConversation.$Shape): wukf.v1.QueuedConversation & wukf.v1.QueuedConversation.$Shape;
            static create(properties?: wukf.v1.QueuedConversation.$Properties): wukf.v1.QueuedConversation;

            /**
             * Encodes the specified QueuedConversation message. Does not implicitly {@link wukf.v1.QueuedConversation.verify|verify} messages.
             * @param message QueuedConversation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.QueuedConversation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueuedConversation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.QueuedConversation & wukf.v1.QueuedConversation.$Shape} QueuedConversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.QueuedConversation & wukf.v1.QueuedConversation.$Shape;
        }

        namespace QueuedConversation {

            /** Properties of a QueuedConversation. */
            interface $Properties {

                /** QueuedConversation conversation */
                conversation?: (wukf.v1.ConversationSnapshot.$Properties|null);

                /** QueuedConversation position */
                position?: (number|null);

                /** QueuedConversation waitedS */
                waitedS?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueuedConversation. */
            type $Shape = wukf.v1.QueuedConversation.$Properties;
        }

        /**
         * Properties of a QueueEvent.
         * @deprecated Use wukf.v1.QueueEvent.$Properties instead.
         */
        interface IQueueEvent extends wukf.v1.QueueEvent.$Properties {
        }

        /** Represents a QueueEvent. */
        class QueueEvent {

            /**
             * Constructs a new QueueEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.QueueEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueueEvent conversationId. */
            conversationId: string;

            /** QueueEvent position. */
            position: number;

            /** QueueEvent estimatedWaitS. */
            estimatedWaitS: number;

            /** QueueEvent entries. */
            entries: wukf.v1.QueuedConversation.$Properties[];

            /** QueueEvent kind. */
            kind: wukf.v1.QueueEvent.Kind;

            /** QueueEvent total. */
            total: number;

            /** QueueEvent offset. */
            offset: number;

            /** QueueEvent removed. */
            removed: string[];

            /** QueueEvent version. */
            version: number;

            /** QueueEvent nobodyAvailable. */
            nobodyAvailable: boolean;

            /**
             * Creates a new QueueEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueEvent instance
             */
            static create(properties: wukf.v1.QueueEvent.$Shape): wukf.v1.QueueEvent & wukf.v1.QueueEvent.$Shape;
            static create(properties?: wukf.v1.QueueEvent.$Properties): wukf.v1.QueueEvent;

            /**
             * Encodes the specified QueueEvent message. Does not implicitly {@link wukf.v1.QueueEvent.verify|verify} messages.
             * @param message QueueEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.QueueEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.QueueEvent & wukf.v1.QueueEvent.$Shape} QueueEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.QueueEvent & wukf.v1.QueueEvent.$Shape;
        }

        namespace QueueEvent {

            /** Properties of a QueueEvent. */
            interface $Properties {

                /** QueueEvent conversationId */
                conversationId?: (string|null);

                /** QueueEvent position */
                position?: (number|null);

                /** QueueEvent estimatedWaitS */
                estimatedWaitS?: (number|null);

                /** QueueEvent entries */
                entries?: (wukf.v1.QueuedConversation.$Properties[]|null);

                /** QueueEvent kind */
                kind?: (wukf.v1.QueueEvent.Kind|null);

                /** QueueEvent total */
                total?: (number|null);

                /** QueueEvent offset */
                offset?: (number|null);

                /** QueueEvent removed */
                removed?: (string[]|null);

                /** QueueEvent version */
                version?: (number|null);

                /** QueueEvent nobodyAvailable */
                nobodyAvailable?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueEvent. */
            type $Shape = wukf.v1.QueueEvent.$Properties;

            /** Kind enum. */
            enum Kind {

                /** KIND_UNSPECIFIED value */
                KIND_UNSPECIFIED = 0,

                /** KIND_PAGE value */
                KIND_PAGE = 1,

                /** KIND_DELTA value */
                KIND_DELTA = 2
            }
        }

        /**
         * Properties of a FollowUp.
         * @deprecated Use wukf.v1.FollowUp.$Properties instead.
         */
        interface IFollowUp extends wukf.v1.FollowUp.$Properties {
        }

        /** Represents a FollowUp. */
        class FollowUp {

            /**
             * Constructs a new FollowUp.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.FollowUp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FollowUp conversation. */
            conversation?: (wukf.v1.ConversationSnapshot.$Properties|null);

            /** FollowUp leftAtMs. */
            leftAtMs: number;

            /** FollowUp messageCount. */
            messageCount: number;

            /** FollowUp lastMessageAtMs. */
            lastMessageAtMs: number;

            /** FollowUp lastMessage. */
            lastMessage: string;

            /**
             * Creates a new FollowUp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FollowUp instance
             */
            static create(properties: wukf.v1.FollowUp.$Shape): wukf.v1.FollowUp & wukf.v1.FollowUp.$Shape;
            static create(properties?: wukf.v1.FollowUp.$Properties): wukf.v1.FollowUp;

            /**
             * Encodes the specified FollowUp message. Does not implicitly {@link wukf.v1.FollowUp.verify|verify} messages.
             * @param message FollowUp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.FollowUp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FollowUp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.FollowUp & wukf.v1.FollowUp.$Shape} FollowUp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.FollowUp & wukf.v1.FollowUp.$Shape;
        }

        namespace FollowUp {

            /** Properties of a FollowUp. */
            interface $Properties {

                /** FollowUp conversation */
                conversation?: (wukf.v1.ConversationSnapshot.$Properties|null);

                /** FollowUp leftAtMs */
                leftAtMs?: (number|null);

                /** FollowUp messageCount */
                messageCount?: (number|null);

                /** FollowUp lastMessageAtMs */
                lastMessageAtMs?: (number|null);

                /** FollowUp lastMessage */
                lastMessage?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FollowUp. */
            type $Shape = wukf.v1.FollowUp.$Properties;
        }

        /**
         * Properties of a FollowUpPage.
         * @deprecated Use wukf.v1.FollowUpPage.$Properties instead.
         */
        interface IFollowUpPage extends wukf.v1.FollowUpPage.$Properties {
        }

        /** Represents a FollowUpPage. */
        class FollowUpPage {

            /**
             * Constructs a new FollowUpPage.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.FollowUpPage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FollowUpPage entries. */
            entries: wukf.v1.FollowUp.$Properties[];

            /** FollowUpPage total. */
            total: number;

            /** FollowUpPage offset. */
            offset: number;

            /**
             * Creates a new FollowUpPage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FollowUpPage instance
             */
            static create(properties: wukf.v1.FollowUpPage.$Shape): wukf.v1.FollowUpPage & wukf.v1.FollowUpPage.$Shape;
            static create(properties?: wukf.v1.FollowUpPage.$Properties): wukf.v1.FollowUpPage;

            /**
             * Encodes the specified FollowUpPage message. Does not implicitly {@link wukf.v1.FollowUpPage.verify|verify} messages.
             * @param message FollowUpPage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.FollowUpPage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FollowUpPage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.FollowUpPage & wukf.v1.FollowUpPage.$Shape} FollowUpPage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.FollowUpPage & wukf.v1.FollowUpPage.$Shape;
        }

        namespace FollowUpPage {

            /** Properties of a FollowUpPage. */
            interface $Properties {

                /** FollowUpPage entries */
                entries?: (wukf.v1.FollowUp.$Properties[]|null);

                /** FollowUpPage total */
                total?: (number|null);

                /** FollowUpPage offset */
                offset?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FollowUpPage. */
            type $Shape = wukf.v1.FollowUpPage.$Properties;
        }

        /**
         * Properties of a FollowUpsChanged.
         * @deprecated Use wukf.v1.FollowUpsChanged.$Properties instead.
         */
        interface IFollowUpsChanged extends wukf.v1.FollowUpsChanged.$Properties {
        }

        /** Represents a FollowUpsChanged. */
        class FollowUpsChanged {

            /**
             * Constructs a new FollowUpsChanged.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.FollowUpsChanged.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new FollowUpsChanged instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FollowUpsChanged instance
             */
            static create(properties: wukf.v1.FollowUpsChanged.$Shape): wukf.v1.FollowUpsChanged & wukf.v1.FollowUpsChanged.$Shape;
            static create(properties?: wukf.v1.FollowUpsChanged.$Properties): wukf.v1.FollowUpsChanged;

            /**
             * Encodes the specified FollowUpsChanged message. Does not implicitly {@link wukf.v1.FollowUpsChanged.verify|verify} messages.
             * @param message FollowUpsChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.FollowUpsChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FollowUpsChanged message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.FollowUpsChanged & wukf.v1.FollowUpsChanged.$Shape} FollowUpsChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.FollowUpsChanged & wukf.v1.FollowUpsChanged.$Shape;
        }

        namespace FollowUpsChanged {

            /** Properties of a FollowUpsChanged. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FollowUpsChanged. */
            type $Shape = wukf.v1.FollowUpsChanged.$Properties;
        }

        /**
         * Properties of a HistoryPage.
         * @deprecated Use wukf.v1.HistoryPage.$Properties instead.
         */
        interface IHistoryPage extends wukf.v1.HistoryPage.$Properties {
        }

        /** Represents a HistoryPage. */
        class HistoryPage {

            /**
             * Constructs a new HistoryPage.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.HistoryPage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HistoryPage conversationId. */
            conversationId: string;

            /** HistoryPage messages. */
            messages: wukf.v1.MessageEvent.$Properties[];

            /** HistoryPage hasMore. */
            hasMore: boolean;

            /**
             * Creates a new HistoryPage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HistoryPage instance
             */
            static create(properties: wukf.v1.HistoryPage.$Shape): wukf.v1.HistoryPage & wukf.v1.HistoryPage.$Shape;
            static create(properties?: wukf.v1.HistoryPage.$Properties): wukf.v1.HistoryPage;

            /**
             * Encodes the specified HistoryPage message. Does not implicitly {@link wukf.v1.HistoryPage.verify|verify} messages.
             * @param message HistoryPage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.HistoryPage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HistoryPage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.HistoryPage & wukf.v1.HistoryPage.$Shape} HistoryPage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.HistoryPage & wukf.v1.HistoryPage.$Shape;
        }

        namespace HistoryPage {

            /** Properties of a HistoryPage. */
            interface $Properties {

                /** HistoryPage conversationId */
                conversationId?: (string|null);

                /** HistoryPage messages */
                messages?: (wukf.v1.MessageEvent.$Properties[]|null);

                /** HistoryPage hasMore */
                hasMore?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HistoryPage. */
            type $Shape = {
              conversationId?: string|null;
              messages?: wukf.v1.MessageEvent.$Shape[]|null;
              hasMore?: boolean|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an Error.
         * @deprecated Use wukf.v1.Error.$Properties instead.
         */
        interface IError extends wukf.v1.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: string;

            /** Error message. */
            message: string;

            /** Error conversationId. */
            conversationId: string;

            /** Error clientMessageId. */
            clientMessageId: string;

            /** Error retryAfterMs. */
            retryAfterMs: number;

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: wukf.v1.Error.$Shape): wukf.v1.Error & wukf.v1.Error.$Shape;
            static create(properties?: wukf.v1.Error.$Properties): wukf.v1.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link wukf.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.Error & wukf.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.Error & wukf.v1.Error.$Shape;
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (string|null);

                /** Error message */
                message?: (string|null);

                /** Error conversationId */
                conversationId?: (string|null);

                /** Error clientMessageId */
                clientMessageId?: (string|null);

                /** Error retryAfterMs */
                retryAfterMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = wukf.v1.Error.$Properties;
        }

        /**
         * Properties of a DashboardAgent.
         * @deprecated Use wukf.v1.DashboardAgent.$Properties instead.
         */
        interface IDashboardAgent extends wukf.v1.DashboardAgent.$Properties {
        }

        /** Represents a DashboardAgent. */
        class DashboardAgent {

            /**
             * Constructs a new DashboardAgent.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.DashboardAgent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DashboardAgent username. */
            username: string;

            /** DashboardAgent displayName. */
            displayName: string;

            /** DashboardAgent status. */
            status: wukf.v1.PresenceStatus;

            /** DashboardAgent load. */
            load: number;

            /** DashboardAgent maxConcurrent. */
            maxConcurrent: number;

            /** DashboardAgent groups. */
            groups: string[];

            /** DashboardAgent skills. */
            skills: string[];

            /** DashboardAgent languages. */
            languages: string[];

            /** DashboardAgent onShift. */
            onShift: boolean;

            /** DashboardAgent lastActivityMs. */
            lastActivityMs: number;

            /**
             * Creates a new DashboardAgent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DashboardAgent instance
             */
            static create(properties: wukf.v1.DashboardAgent.$Shape): wukf.v1.DashboardAgent & wukf.v1.DashboardAgent.$Shape;
            static create(properties?: wukf.v1.DashboardAgent.$Properties): wukf.v1.DashboardAgent;

            /**
             * Encodes the specified DashboardAgent message. Does not implicitly {@link wukf.v1.DashboardAgent.verify|verify} messages.
             * @param message DashboardAgent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.DashboardAgent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DashboardAgent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.DashboardAgent & wukf.v1.DashboardAgent.$Shape} DashboardAgent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.DashboardAgent & wukf.v1.DashboardAgent.$Shape;
        }

        namespace DashboardAgent {

            /** Properties of a DashboardAgent. */
            interface $Properties {

                /** DashboardAgent username */
                username?: (string|null);

                /** DashboardAgent displayName */
                displayName?: (string|null);

                /** DashboardAgent status */
                status?: (wukf.v1.PresenceStatus|null);

                /** DashboardAgent load */
                load?: (number|null);

                /** DashboardAgent maxConcurrent */
                maxConcurrent?: (number|null);

                /** DashboardAgent groups */
                groups?: (string[]|null);

                /** DashboardAgent skills */
                skills?: (string[]|null);

                /** DashboardAgent languages */
                languages?: (string[]|null);

                /** DashboardAgent onShift */
                onShift?: (boolean|null);

                /** DashboardAgent lastActivityMs */
                lastActivityMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DashboardAgent. */
            type $Shape = wukf.v1.DashboardAgent.$Properties;
        }

        /**
         * Properties of a DashboardSession.
         * @deprecated Use wukf.v1.DashboardSession.$Properties instead.
         */
        interface IDashboardSession extends wukf.v1.DashboardSession.$Properties {
        }

        /** Represents a DashboardSession. */
        class DashboardSession {

            /**
             * Constructs a new DashboardSession.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.DashboardSession.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DashboardSession id. */
            id: string;

            /** DashboardSession state. */
            state: wukf.v1.ConversationState;

            /** DashboardSession visitor. */
            visitor?: (wukf.v1.Participant.$Properties|null);

            /** DashboardSession agent. */
            agent?: (wukf.v1.Participant.$Properties|null);

            /** DashboardSession group. */
            group: string;

            /** DashboardSession priority. */
            priority: number;

            /** DashboardSession language. */
            language: string;

            /** DashboardSession skills. */
            skills: string[];

            /** DashboardSession createdAtMs. */
            createdAtMs: number;

            /** DashboardSession assignedAtMs. */
            assignedAtMs: number;

            /** DashboardSession lastMessageAtMs. */
            lastMessageAtMs: number;

            /** DashboardSession lastMessage. */
            lastMessage: string;

            /** DashboardSession assignment. */
            assignment?: (wukf.v1.Assignment.$Properties|null);

            /** DashboardSession visitorLeft. */
            visitorLeft: boolean;

            /**
             * Creates a new DashboardSession instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DashboardSession instance
             */
            static create(properties: wukf.v1.DashboardSession.$Shape): wukf.v1.DashboardSession & wukf.v1.DashboardSession.$Shape;
            static create(properties?: wukf.v1.DashboardSession.$Properties): wukf.v1.DashboardSession;

            /**
             * Encodes the specified DashboardSession message. Does not implicitly {@link wukf.v1.DashboardSession.verify|verify} messages.
             * @param message DashboardSession message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.DashboardSession.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DashboardSession message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.DashboardSession & wukf.v1.DashboardSession.$Shape} DashboardSession
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.DashboardSession & wukf.v1.DashboardSession.$Shape;
        }

        namespace DashboardSession {

            /** Properties of a DashboardSession. */
            interface $Properties {

                /** DashboardSession id */
                id?: (string|null);

                /** DashboardSession state */
                state?: (wukf.v1.ConversationState|null);

                /** DashboardSession visitor */
                visitor?: (wukf.v1.Participant.$Properties|null);

                /** DashboardSession agent */
                agent?: (wukf.v1.Participant.$Properties|null);

                /** DashboardSession group */
                group?: (string|null);

                /** DashboardSession priority */
                priority?: (number|null);

                /** DashboardSession language */
                language?: (string|null);

                /** DashboardSession skills */
                skills?: (string[]|null);

                /** DashboardSession createdAtMs */
                createdAtMs?: (number|null);

                /** DashboardSession assignedAtMs */
                assignedAtMs?: (number|null);

                /** DashboardSession lastMessageAtMs */
                lastMessageAtMs?: (number|null);

                /** DashboardSession lastMessage */
                lastMessage?: (string|null);

                /** DashboardSession assignment */
                assignment?: (wukf.v1.Assignment.$Properties|null);

                /** DashboardSession visitorLeft */
                visitorLeft?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DashboardSession. */
            type $Shape = wukf.v1.DashboardSession.$Properties;
        }

        /**
         * Properties of a DashboardHealth.
         * @deprecated Use wukf.v1.DashboardHealth.$Properties instead.
         */
        interface IDashboardHealth extends wukf.v1.DashboardHealth.$Properties {
        }

        /** Represents a DashboardHealth. */
        class DashboardHealth {

            /**
             * Constructs a new DashboardHealth.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.DashboardHealth.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DashboardHealth version. */
            version: string;

            /** DashboardHealth uptimeS. */
            uptimeS: number;

            /** DashboardHealth visitors. */
            visitors: number;

            /** DashboardHealth agents. */
            agents: number;

            /** DashboardHealth admins. */
            admins: number;

            /** DashboardHealth queued. */
            queued: number;

            /** DashboardHealth active. */
            active: number;

            /** DashboardHealth messagesPerS. */
            messagesPerS: number;

            /** DashboardHealth ackMsP50. */
            ackMsP50: number;

            /** DashboardHealth ackMsP99. */
            ackMsP99: number;

            /** DashboardHealth eventLoopDelayMsP50. */
            eventLoopDelayMsP50: number;

            /** DashboardHealth eventLoopDelayMsP99. */
            eventLoopDelayMsP99: number;

            /** DashboardHealth rssBytes. */
            rssBytes: number;

            /** DashboardHealth databaseBytes. */
            databaseBytes: number;

            /** DashboardHealth walBytes. */
            walBytes: number;

            /**
             * Creates a new DashboardHealth instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DashboardHealth instance
             */
            static create(properties: wukf.v1.DashboardHealth.$Shape): wukf.v1.DashboardHealth & wukf.v1.DashboardHealth.$Shape;
            static create(properties?: wukf.v1.DashboardHealth.$Properties): wukf.v1.DashboardHealth;

            /**
             * Encodes the specified DashboardHealth message. Does not implicitly {@link wukf.v1.DashboardHealth.verify|verify} messages.
             * @param message DashboardHealth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.DashboardHealth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DashboardHealth message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.DashboardHealth & wukf.v1.DashboardHealth.$Shape} DashboardHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.DashboardHealth & wukf.v1.DashboardHealth.$Shape;
        }

        namespace DashboardHealth {

            /** Properties of a DashboardHealth. */
            interface $Properties {

                /** DashboardHealth version */
                version?: (string|null);

                /** DashboardHealth uptimeS */
                uptimeS?: (number|null);

                /** DashboardHealth visitors */
                visitors?: (number|null);

                /** DashboardHealth agents */
                agents?: (number|null);

                /** DashboardHealth admins */
                admins?: (number|null);

                /** DashboardHealth queued */
                queued?: (number|null);

                /** DashboardHealth active */
                active?: (number|null);

                /** DashboardHealth messagesPerS */
                messagesPerS?: (number|null);

                /** DashboardHealth ackMsP50 */
                ackMsP50?: (number|null);

                /** DashboardHealth ackMsP99 */
                ackMsP99?: (number|null);

                /** DashboardHealth eventLoopDelayMsP50 */
                eventLoopDelayMsP50?: (number|null);

                /** DashboardHealth eventLoopDelayMsP99 */
                eventLoopDelayMsP99?: (number|null);

                /** DashboardHealth rssBytes */
                rssBytes?: (number|null);

                /** DashboardHealth databaseBytes */
                databaseBytes?: (number|null);

                /** DashboardHealth walBytes */
                walBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DashboardHealth. */
            type $Shape = wukf.v1.DashboardHealth.$Properties;
        }

        /**
         * Properties of a DashboardQueue.
         * @deprecated Use wukf.v1.DashboardQueue.$Properties instead.
         */
        interface IDashboardQueue extends wukf.v1.DashboardQueue.$Properties {
        }

        /** Represents a DashboardQueue. */
        class DashboardQueue {

            /**
             * Constructs a new DashboardQueue.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.DashboardQueue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DashboardQueue group. */
            group: string;

            /** DashboardQueue waiting. */
            waiting: number;

            /** DashboardQueue oldestCreatedAtMs. */
            oldestCreatedAtMs: number;

            /** DashboardQueue topPriority. */
            topPriority: number;

            /**
             * Creates a new DashboardQueue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DashboardQueue instance
             */
            static create(properties: wukf.v1.DashboardQueue.$Shape): wukf.v1.DashboardQueue & wukf.v1.DashboardQueue.$Shape;
            static create(properties?: wukf.v1.DashboardQueue.$Properties): wukf.v1.DashboardQueue;

            /**
             * Encodes the specified DashboardQueue message. Does not implicitly {@link wukf.v1.DashboardQueue.verify|verify} messages.
             * @param message DashboardQueue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.DashboardQueue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DashboardQueue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.DashboardQueue & wukf.v1.DashboardQueue.$Shape} DashboardQueue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.DashboardQueue & wukf.v1.DashboardQueue.$Shape;
        }

        namespace DashboardQueue {

            /** Properties of a DashboardQueue. */
            interface $Properties {

                /** DashboardQueue group */
                group?: (string|null);

                /** DashboardQueue waiting */
                waiting?: (number|null);

                /** DashboardQueue oldestCreatedAtMs */
                oldestCreatedAtMs?: (number|null);

                /** DashboardQueue topPriority */
                topPriority?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DashboardQueue. */
            type $Shape = wukf.v1.DashboardQueue.$Properties;
        }

        /**
         * Properties of a DashboardEvent.
         * @deprecated Use wukf.v1.DashboardEvent.$Properties instead.
         */
        interface IDashboardEvent extends wukf.v1.DashboardEvent.$Properties {
        }

        /** Represents a DashboardEvent. */
        class DashboardEvent {

            /**
             * Constructs a new DashboardEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: wukf.v1.DashboardEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DashboardEvent kind. */
            kind: wukf.v1.DashboardEvent.Kind;

            /** DashboardEvent version. */
            version: number;

            /** DashboardEvent agents. */
            agents: wukf.v1.DashboardAgent.$Properties[];

            /** DashboardEvent queues. */
            queues: wukf.v1.DashboardQueue.$Properties[];

            /** DashboardEvent sessions. */
            sessions: wukf.v1.DashboardSession.$Properties[];

            /** DashboardEvent removedAgents. */
            removedAgents: string[];

            /** DashboardEvent removedQueues. */
            removedQueues: string[];

            /** DashboardEvent removedSessions. */
            removedSessions: string[];

            /** DashboardEvent health. */
            health?: (wukf.v1.DashboardHealth.$Properties|null);

            /** DashboardEvent truncated. */
            truncated: boolean;

            /** DashboardEvent serverTimeMs. */
            serverTimeMs: number;

            /**
             * Creates a new DashboardEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DashboardEvent instance
             */
            static create(properties: wukf.v1.DashboardEvent.$Shape): wukf.v1.DashboardEvent & wukf.v1.DashboardEvent.$Shape;
            static create(properties?: wukf.v1.DashboardEvent.$Properties): wukf.v1.DashboardEvent;

            /**
             * Encodes the specified DashboardEvent message. Does not implicitly {@link wukf.v1.DashboardEvent.verify|verify} messages.
             * @param message DashboardEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wukf.v1.DashboardEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DashboardEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wukf.v1.DashboardEvent & wukf.v1.DashboardEvent.$Shape} DashboardEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wukf.v1.DashboardEvent & wukf.v1.DashboardEvent.$Shape;
        }

        namespace DashboardEvent {

            /** Properties of a DashboardEvent. */
            interface $Properties {

                /** DashboardEvent kind */
                kind?: (wukf.v1.DashboardEvent.Kind|null);

                /** DashboardEvent version */
                version?: (number|null);

                /** DashboardEvent agents */
                agents?: (wukf.v1.DashboardAgent.$Properties[]|null);

                /** DashboardEvent queues */
                queues?: (wukf.v1.DashboardQueue.$Properties[]|null);

                /** DashboardEvent sessions */
                sessions?: (wukf.v1.DashboardSession.$Properties[]|null);

                /** DashboardEvent removedAgents */
                removedAgents?: (string[]|null);

                /** DashboardEvent removedQueues */
                removedQueues?: (string[]|null);

                /** DashboardEvent removedSessions */
                removedSessions?: (string[]|null);

                /** DashboardEvent health */
                health?: (wukf.v1.DashboardHealth.$Properties|null);

                /** DashboardEvent truncated */
                truncated?: (boolean|null);

                /** DashboardEvent serverTimeMs */
                serverTimeMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DashboardEvent. */
            type $Shape = wukf.v1.DashboardEvent.$Properties;

            /** Kind enum. */
            enum Kind {

                /** KIND_UNSPECIFIED value */
                KIND_UNSPECIFIED = 0,

                /** KIND_SNAPSHOT value */
                KIND_SNAPSHOT = 1,

                /** KIND_DELTA value */
                KIND_DELTA = 2,

                /** KIND_STOPPED value */
                KIND_STOPPED = 3
            }
        }
    }
}
