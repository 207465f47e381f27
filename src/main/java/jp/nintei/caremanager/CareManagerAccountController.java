package jp.nintei.caremanager;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.nintei.security.Roles;

/** Administrators create the care-manager portal's office accounts. Passwords are never returned. */
@RestController
@RequestMapping("/api/care-manager-accounts")
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Tag(name = "ケアマネジャー：アカウント", description = "居宅介護支援事業所のポータル用アカウント（Camunda ユーザーではありません）")
class CareManagerAccountController {

    private final CareManagerAccounts accounts;

    CareManagerAccountController(CareManagerAccounts accounts) {
        this.accounts = accounts;
    }

    record AccountRequest(String officeNumber, String loginId, String displayName, String password) {
    }

    record PasswordRequest(String password) {
    }

    record AccountView(String loginId, String officeNumber, String displayName, boolean active, Instant lockedUntil,
            Instant lastLoginAt, Instant createdAt, String createdBy) {

        static AccountView of(CareManagerAccount a) {
            return new AccountView(a.getLoginId(), a.getOfficeNumber(), a.getDisplayName(), a.isActive(),
                    a.getLockedUntil(), a.getLastLoginAt(), a.getCreatedAt(), a.getCreatedBy());
        }
    }

    @PostMapping
    @Operation(summary = "事業所アカウントを作成する")
    ResponseEntity<AccountView> create(@RequestBody AccountRequest request) {
        var account = accounts.create(request.officeNumber(), request.loginId(), request.displayName(), request.password());
        return ResponseEntity.created(URI.create("/api/care-manager-accounts/" + account.getLoginId()))
                .body(AccountView.of(account));
    }

    @GetMapping
    @Operation(summary = "アカウントの一覧（事業所番号で絞り込み可）")
    List<AccountView> list(@RequestParam(required = false) String officeNumber) {
        return accounts.list(officeNumber).stream().map(AccountView::of).toList();
    }

    @PutMapping("/{loginId}/password")
    @Operation(summary = "パスワードを再設定する（ロックも解除）")
    ResponseEntity<Void> password(@PathVariable String loginId, @RequestBody PasswordRequest request) {
        accounts.changePassword(loginId, request.password());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{loginId}")
    @Operation(summary = "アカウントを無効にする")
    AccountView deactivate(@PathVariable String loginId) {
        return AccountView.of(accounts.deactivate(loginId));
    }
}
