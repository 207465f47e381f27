package jp.nintei.security.totp;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

import jp.nintei.time.BusinessClock;

/**
 * A staff member's own second factor: its state, and new recovery codes (after using some, or
 * when the printout is lost), confirmed with a current code from the app.
 */
@Controller
@RequestMapping("/security/second-factor")
class SecondFactorAccountController {

    static final String STAFF = "staff";

    private final TotpService totp;
    private final BusinessClock clock;

    SecondFactorAccountController(TotpService totp, BusinessClock clock) {
        this.totp = totp;
        this.clock = clock;
    }

    @GetMapping
    String show(Authentication user, Model model) {
        model.addAttribute("status", totp.status(STAFF, user.getName()).orElse(null));
        model.addAttribute("zone", clock.zone());
        return "security/account";
    }

    @PostMapping("/recovery-codes")
    String renew(Authentication user, @RequestParam(defaultValue = "") String code, Model model,
            HttpServletResponse response) {
        var result = totp.renewRecoveryCodes(STAFF, user.getName(), code);
        if (!result.accepted()) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            model.addAttribute("error", result.outcome() == TotpService.Outcome.LOCKED
                    ? "確認コードを続けて誤ったため、しばらく操作できません。"
                    : "確認コードが正しくありません（使用済みのコードは使えません）。");
            return show(user, model);
        }
        model.addAttribute("codes", result.newRecoveryCodes());
        model.addAttribute("target", "/security/second-factor");
        return "security/recovery-codes";
    }
}

