package jp.nintei.resident;

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

/** Administrators register the portal systems allowed to use the resident channel. */
@RestController
@RequestMapping("/api/resident-clients")
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Tag(name = "被保険者向け連携：クライアント", description = "連携APIを利用するポータルの登録（シークレットは登録時のみ表示）")
class ResidentClientController {

    private final ResidentClients clients;

    ResidentClientController(ResidentClients clients) {
        this.clients = clients;
    }

    record ClientRequest(String clientId, String name) {
    }

    record ClientView(String clientId, String name, boolean active, Instant createdAt, String createdBy,
            Instant secretRotatedAt) {

        static ClientView of(ResidentApiClient c) {
            return new ClientView(c.getClientId(), c.getName(), c.isActive(), c.getCreatedAt(), c.getCreatedBy(),
                    c.getSecretRotatedAt());
        }
    }

    record RegisteredView(ClientView client, String secret) {

        static RegisteredView of(ResidentClients.Registered r) {
            return new RegisteredView(ClientView.of(r.client()), r.secret());
        }
    }

    @PostMapping
    @Operation(summary = "連携クライアントを登録する（シークレットはこの応答でのみ表示）")
    ResponseEntity<RegisteredView> register(@RequestBody ClientRequest request) {
        var registered = clients.register(request.clientId(), request.name());
        return ResponseEntity.created(URI.create("/api/resident-clients/" + registered.client().getClientId()))
                .body(RegisteredView.of(registered));
    }

    @GetMapping
    @Operation(summary = "連携クライアントの一覧")
    List<ClientView> list() {
        return clients.all().stream().map(ClientView::of).toList();
    }

    @PostMapping("/{clientId}/secret")
    @Operation(summary = "シークレットを再発行する（旧シークレットは直ちに無効）")
    RegisteredView rotate(@PathVariable String clientId) {
        return RegisteredView.of(clients.rotateSecret(clientId));
    }

    @DeleteMapping("/{clientId}")
    @Operation(summary = "連携クライアントを無効にする")
    ClientView deactivate(@PathVariable String clientId) {
        return ClientView.of(clients.deactivate(clientId));
    }
}
