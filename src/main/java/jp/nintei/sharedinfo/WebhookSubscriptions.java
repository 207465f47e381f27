package jp.nintei.sharedinfo;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.security.CurrentUser;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.NotFoundException;

/** Registers webhook subscribers. The secret is shown once, at registration or rotation. */
@Service
public class WebhookSubscriptions {

    static final int SECRET_BYTES = 32;
    /** Plain http only to this machine (development, tests); everything else must be https. */
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookSecretCipher cipher;
    private final CurrentUser currentUser;
    private final BusinessClock clock;
    private final SecureRandom random = new SecureRandom();

    WebhookSubscriptions(WebhookSubscriptionRepository subscriptions, WebhookSecretCipher cipher, CurrentUser currentUser,
            BusinessClock clock) {
        this.subscriptions = subscriptions;
        this.cipher = cipher;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A subscription together with its secret in clear, which is returned this once. */
    public record Registered(WebhookSubscription subscription, String secret) {
    }

    @Transactional
    public Registered register(String name, String url, Audience audience) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException("name", "名称を100文字以内で入力してください");
        }
        if (audience == null) {
            throw new InvalidInputException("audience", "提供先の区分（INSURER または EXTERNAL）を指定してください");
        }
        String secret = newSecret();
        var subscription = subscriptions.save(new WebhookSubscription(name.strip(), checkUrl(url), audience,
                cipher.encrypt(secret), clock.now(), currentUser.id()));
        return new Registered(subscription, secret);
    }

    @Transactional
    public Registered rotateSecret(long id) {
        WebhookSubscription subscription = get(id);
        String secret = newSecret();
        subscription.rotateSecret(cipher.encrypt(secret), clock.now());
        return new Registered(subscription, secret);
    }

    @Transactional
    public WebhookSubscription deactivate(long id) {
        WebhookSubscription subscription = get(id);
        if (subscription.isActive()) {
            subscription.deactivate(clock.now(), currentUser.id());
        }
        return subscription;
    }

    @Transactional(readOnly = true)
    public List<WebhookSubscription> all() {
        return subscriptions.findAllByOrderByIdAsc();
    }

    @Transactional(readOnly = true)
    public Optional<WebhookSubscription> find(long id) {
        return subscriptions.findById(id);
    }

    String secretOf(WebhookSubscription subscription) {
        return cipher.decrypt(subscription.getSecretCiphertext());
    }

    /** The subscription, or 404 with a Japanese message. */
    WebhookSubscription get(long id) {
        return subscriptions.findById(id).orElseThrow(() -> new NotFoundException("Webhook 購読 " + id + " は見つかりません"));
    }

    private String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String checkUrl(String url) {
        String message = "送信先URLは https:// で始まる絶対URLで入力してください（http:// は localhost のみ）";
        if (url == null || url.length() > 500) {
            throw new InvalidInputException("url", message);
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            boolean ok = uri.getHost() != null && uri.getUserInfo() == null && uri.getFragment() == null
                    && (scheme.equals("https") || scheme.equals("http") && LOOPBACK.contains(uri.getHost()));
            if (!ok) {
                throw new InvalidInputException("url", message);
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", message);
        }
    }
}
