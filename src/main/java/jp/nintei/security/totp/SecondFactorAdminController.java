package jp.nintei.security.totp;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.NotFoundException;

/**
 * Administrators (Camunda's admin group) see every realm's second factors and reset one (a
 * lost or replaced phone: the account enrols again at its next login) or lift a lock. Each
 * action needs a reason and is written to the event log and the audit log.
 */
@Controller
@RequestMapping("/security/second-factors")
@PreAuthorize("hasRole('CAMUNDA_ADMIN')")
class SecondFactorAdminController {

    private final TotpService totp;
    private final SecondFactorRealms realms;
    private final SecondFactorEventRepository events;
    private final BusinessClock clock;

    SecondFactorAdminController(TotpService totp, SecondFactorRealms realms, SecondFactorEventRepository events,
            BusinessClock clock) {
        this.totp = totp;
        this.realms = realms;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "staff") String realm, @RequestParam(defaultValue = "") String account,
            Model model) {
        SecondFactorRealm selected = realm(realm);
        model.addAttribute("realms", realms.all());
        model.addAttribute("realm", selected);
        model.addAttribute("account", account);
        model.addAttribute("factors", totp.statuses(selected.name()).stream()
                .filter(s -> account.isBlank() || s.accountId().contains(account.strip())).toList());
        model.addAttribute("events", events.findTop50ByRealmOrderByIdDesc(selected.name()));
        model.addAttribute("zone", clock.zone());
        return "security/admin";
    }

    @PostMapping("/{realm}/{accountId}/reset")
    String reset(@PathVariable String realm, @PathVariable String accountId,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return act(realm, accountId, reason, redirect, () -> totp.reset(realm, accountId, reason),
                accountId + " の二要素認証をリセットしました。次回ログイン時に登録し直します。");
    }

    @PostMapping("/{realm}/{accountId}/unlock")
    String unlock(@PathVariable String realm, @PathVariable String accountId,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return act(realm, accountId, reason, redirect, () -> totp.unlock(realm, accountId, reason),
                accountId + " のロックを解除しました。");
    }

    private String act(String realm, String accountId, String reason, RedirectAttributes redirect, Runnable action,
            String done) {
        realm(realm);
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
        } catch (InvalidInputException | NotFoundException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        redirect.addAttribute("realm", realm);
        return "redirect:/security/second-factors";
    }

    private SecondFactorRealm realm(String name) {
        return realms.byName(name).orElseThrow(() -> new NotFoundException("ログイン区分 " + name + " はありません"));
    }
}
