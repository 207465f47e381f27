package jp.nintei.security.totp;

import java.time.format.DateTimeFormatter;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.nintei.time.BusinessClock;

/**
 * The second step of every realm's login, under the realm's base path: enter a code
 * ({@code /login/second-factor}), or on the first login add the account to an authenticator
 * app ({@code /login/second-factor/enrol}). Only a session that has just passed the realm's
 * password step gets these pages; everyone else is sent to the realm's login page.
 */
@Controller
class SecondFactorController {

    private static final String VERIFY = "/login/second-factor";
    private static final String ENROL = "/login/second-factor/enrol";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H時mm分");

    private final SecondFactorRealms realms;
    private final SecondFactorLogin login;
    private final TotpService totp;
    private final TwoFactorProperties properties;
    private final BusinessClock clock;

    SecondFactorController(SecondFactorRealms realms, SecondFactorLogin login, TotpService totp,
            TwoFactorProperties properties, BusinessClock clock) {
        this.realms = realms;
        this.login = login;
        this.totp = totp;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping({VERIFY, "/{portal}" + VERIFY})
    String verifyPage(@PathVariable(required = false) String portal, Model model) {
        SecondFactorRealm realm = realm(portal);
        var pending = login.pending(realm).orElse(null);
        if (pending == null) {
            return "redirect:" + realm.loginPage();
        }
        if (!totp.isActive(realm.name(), pending.accountId())) {
            return "redirect:" + realm.enrolPage();
        }
        return verifyView(model, realm, pending.accountId(), null);
    }

    @PostMapping({VERIFY, "/{portal}" + VERIFY})
    String verify(@PathVariable(required = false) String portal, @RequestParam(defaultValue = "") String code,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        SecondFactorRealm realm = realm(portal);
        var pending = login.pending(realm).orElse(null);
        if (pending == null) {
            return "redirect:" + realm.loginPage();
        }
        var result = totp.verify(realm.name(), pending.accountId(), code);
        switch (result.outcome()) {
            case ACCEPTED:
                return "redirect:" + login.complete(realm, pending.accountId(), request, response);
            case ACCEPTED_RECOVERY_CODE:
                model.addAttribute("target", login.complete(realm, pending.accountId(), request, response));
                model.addAttribute("left", result.recoveryCodesLeft());
                model.addAttribute("realm", realm);
                return "security/recovery-code-used";
            case NOT_ENROLLED:
                return "redirect:" + realm.enrolPage();
            default:
                response.setStatus(HttpStatus.UNAUTHORIZED.value());
                return verifyView(model, realm, pending.accountId(), message(result));
        }
    }

    @GetMapping({ENROL, "/{portal}" + ENROL})
    String enrolPage(@PathVariable(required = false) String portal, Model model) {
        SecondFactorRealm realm = realm(portal);
        var pending = login.pending(realm).orElse(null);
        if (pending == null) {
            return "redirect:" + realm.loginPage();
        }
        if (totp.isActive(realm.name(), pending.accountId())) {
            return "redirect:" + realm.verifyPage();
        }
        return enrolView(model, realm, pending.accountId(), null);
    }

    @PostMapping({ENROL, "/{portal}" + ENROL})
    String enrol(@PathVariable(required = false) String portal, @RequestParam(defaultValue = "") String code,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        SecondFactorRealm realm = realm(portal);
        var pending = login.pending(realm).orElse(null);
        if (pending == null) {
            return "redirect:" + realm.loginPage();
        }
        var result = totp.confirmEnrolment(realm.name(), pending.accountId(), code);
        if (result.outcome() == TotpService.Outcome.NOT_ENROLLED) {
            return "redirect:" + realm.verifyPage();
        }
        if (!result.accepted()) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            return enrolView(model, realm, pending.accountId(), message(result));
        }
        model.addAttribute("target", login.complete(realm, pending.accountId(), request, response));
        model.addAttribute("codes", result.newRecoveryCodes());
        model.addAttribute("realm", realm);
        return "security/recovery-codes";
    }

    private String verifyView(Model model, SecondFactorRealm realm, String accountId, String error) {
        model.addAttribute("realm", realm);
        model.addAttribute("accountId", accountId);
        model.addAttribute("error", error);
        return "security/second-factor";
    }

    private String enrolView(Model model, SecondFactorRealm realm, String accountId, String error) {
        var enrolment = totp.beginEnrolment(realm.name(), accountId, realm.issuer(properties.issuer()));
        model.addAttribute("realm", realm);
        model.addAttribute("accountId", accountId);
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("qrCode", QrCode.pngDataUri(enrolment.otpauthUri()));
        model.addAttribute("error", error);
        return "security/enrol";
    }

    private String message(TotpService.Verification result) {
        return switch (result.outcome()) {
            case REPLAYED -> "この確認コードは使用済みです。認証アプリに次のコードが表示されてから入力してください。";
            case LOCKED -> "確認コードを続けて誤ったため、"
                    + TIME.format(result.lockedUntil().atZone(clock.zone()))
                    + "までログインできません。急ぐ場合はシステム管理者に連絡してください。";
            default -> "確認コードが正しくありません。認証アプリに表示されている6桁の数字を入力してください"
                    + "（あと " + result.attemptsLeft() + " 回誤るとしばらくログインできなくなります）。";
        };
    }

    private SecondFactorRealm realm(String portal) {
        if (!login.isEnabled()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return realms.byBasePath(portal == null ? "" : "/" + portal)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
