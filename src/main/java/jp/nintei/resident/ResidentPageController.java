package jp.nintei.resident;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The resident's page: their cases as a timeline, reached through a link from the portal. */
@Controller
@RequestMapping("/resident")
class ResidentPageController {

    private final ResidentPageLinks links;
    private final ResidentPortal portal;

    ResidentPageController(ResidentPageLinks links, ResidentPortal portal) {
        this.links = links;
        this.portal = portal;
    }

    /** Exchanges the single-use token for a session and drops it from the address bar. */
    @GetMapping("/enter")
    String enter(@RequestParam(required = false) String token, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        var resident = links.redeem(token);
        if (resident.isEmpty()) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            model.addAttribute("invalidLink", true);
            model.addAttribute("expired", false);
            return "resident/signed-out";
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation through a planted cookie
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(ResidentSecurityConfig.residentAuthentication(resident.get()));
        SecurityContextHolder.setContext(context);
        ResidentSecurityConfig.contextRepository().saveContext(context, request, response);
        return "redirect:/resident";
    }

    @GetMapping({"", "/"})
    String cases(@AuthenticationPrincipal ResidentPrincipal resident, Model model) {
        model.addAttribute("cases", portal.details(resident.insuredNumber(),
                "本人による進捗の確認（連携クライアント " + resident.clientId() + " のリンク）"));
        return "resident/cases";
    }

    @GetMapping("/signed-out")
    String signedOut(@RequestParam(required = false) String expired, Model model) {
        model.addAttribute("invalidLink", false);
        model.addAttribute("expired", expired != null);
        return "resident/signed-out";
    }
}
