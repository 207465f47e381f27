package jp.nintei.sharedinfo;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.nintei.security.Roles;

/**
 * Administrators register the systems that receive the shared-info store's changes. Deliveries
 * that failed for good are in the outbox's dead letters (/api/admin/outbox, topic "webhook",
 * key webhook:{subscription}:{case}:{revision}), where operators replay them.
 */
@RestController
@RequestMapping("/api/shared-info/webhooks")
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Tag(name = "介護情報共有：Webhook", description = "変更通知（HMAC署名付き）の送信先の登録・鍵の再発行・停止")
class WebhookController {

    private final WebhookSubscriptions subscriptions;
    private final WebhookResync resync;

    WebhookController(WebhookSubscriptions subscriptions, WebhookResync resync) {
        this.subscriptions = subscriptions;
        this.resync = resync;
    }

    record SubscriptionRequest(String name, String url, Audience audience) {
    }

    record SubscriptionView(long id, String name, String url, Audience audience, String audienceLabel, boolean active,
            Instant createdAt, String createdBy, Instant secretRotatedAt, Instant deactivatedAt) {

        static SubscriptionView of(WebhookSubscription s) {
            return new SubscriptionView(s.getId(), s.getName(), s.getUrl(), s.getAudience(), s.getAudience().label(),
                    s.isActive(), s.getCreatedAt(), s.getCreatedBy(), s.getSecretRotatedAt(), s.getDeactivatedAt());
        }
    }

    /** Returned once: the receiver verifies X-Nintei-Signature with this secret. */
    record RegisteredView(SubscriptionView subscription, String secret, String signatureHeader) {

        static RegisteredView of(WebhookSubscriptions.Registered r) {
            return new RegisteredView(SubscriptionView.of(r.subscription()), r.secret(), WebhookSignature.HEADER);
        }
    }

    @PostMapping
    @Operation(summary = "送信先を登録する（署名用の秘密鍵はこの応答でのみ表示）")
    ResponseEntity<RegisteredView> register(@RequestBody SubscriptionRequest request) {
        var registered = subscriptions.register(request.name(), request.url(), request.audience());
        return ResponseEntity.created(URI.create("/api/shared-info/webhooks/" + registered.subscription().getId()))
                .body(RegisteredView.of(registered));
    }

    @GetMapping
    @Operation(summary = "送信先の一覧")
    List<SubscriptionView> list() {
        return subscriptions.all().stream().map(SubscriptionView::of).toList();
    }

    @PostMapping("/{id}/secret")
    @Operation(summary = "署名用の秘密鍵を再発行する（未送信分も新しい鍵で署名）")
    RegisteredView rotate(@PathVariable long id) {
        return RegisteredView.of(subscriptions.rotateSecret(id));
    }

    @PostMapping("/{id}/resync")
    @Operation(summary = "全案件の現在の情報をこの送信先に送り直す（送信済みの版は送りません）")
    WebhookResync.Result resync(@PathVariable long id) {
        return resync.resync(id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "送信を停止する（未送信分は送られません）")
    SubscriptionView deactivate(@PathVariable long id) {
        return SubscriptionView.of(subscriptions.deactivate(id));
    }
}
