package jp.nintei.resident;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.security.CurrentUser;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.NotFoundException;
import jp.nintei.web.StateConflictException;

/** Registers the resident channel's portal clients; the secret is shown once. */
@Service
public class ResidentClients {

    private static final Pattern CLIENT_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

    private final ResidentApiClientRepository clients;
    private final CurrentUser currentUser;
    private final BusinessClock clock;

    ResidentClients(ResidentApiClientRepository clients, CurrentUser currentUser, BusinessClock clock) {
        this.clients = clients;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public record Registered(ResidentApiClient client, String secret) {
    }

    @Transactional
    public Registered register(String clientId, String name) {
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            throw new InvalidInputException("clientId", "クライアントIDは英小文字・数字・記号（. _ -）の3〜50文字で入力してください");
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException("name", "名称を100文字以内で入力してください");
        }
        if (clients.findByClientId(clientId).isPresent()) {
            throw new StateConflictException("クライアントID「" + clientId + "」は既に登録されています");
        }
        return register(clientId, name, Secrets.generate());
    }

    /** With a given secret: for the demo only, whose README has to name it. */
    @Transactional
    Registered register(String clientId, String name, String secret) {
        var client = clients.save(new ResidentApiClient(clientId, name.strip(), Secrets.sha256(secret), clock.now(),
                currentUser.id()));
        return new Registered(client, secret);
    }

    @Transactional
    public Registered rotateSecret(String clientId) {
        ResidentApiClient client = get(clientId);
        String secret = Secrets.generate();
        client.rotate(Secrets.sha256(secret), clock.now());
        return new Registered(client, secret);
    }

    @Transactional
    public ResidentApiClient deactivate(String clientId) {
        ResidentApiClient client = get(clientId);
        client.deactivate();
        return client;
    }

    @Transactional(readOnly = true)
    public List<ResidentApiClient> all() {
        return clients.findAllByOrderByClientIdAsc();
    }

    /** The active client whose secret matches, if any. */
    @Transactional(readOnly = true)
    public Optional<ResidentApiClient> authenticate(String clientId, String secret) {
        return Optional.ofNullable(clientId).flatMap(clients::findByClientId)
                .filter(ResidentApiClient::isActive)
                .filter(c -> Secrets.matches(secret, c.getSecretSha256()));
    }

    private ResidentApiClient get(String clientId) {
        return clients.findByClientId(clientId)
                .orElseThrow(() -> new NotFoundException("クライアント「" + clientId + "」は登録されていません"));
    }
}
