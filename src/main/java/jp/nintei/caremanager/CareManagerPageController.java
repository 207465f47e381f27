package jp.nintei.caremanager;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.nintei.application.ApplicationType;
import jp.nintei.audit.AuditLog;
import jp.nintei.insured.SpecifiedDisease;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.NotFoundException;
import jp.nintei.web.StateConflictException;
import jp.nintei.web.Violation;

/** The care-manager portal's pages: client cases, one client, notifications, 代理申請. */
@Controller
@RequestMapping("/care-manager")
class CareManagerPageController {

    private final CareManagerPortal portal;
    private final CarePlanNotifications notifications;
    private final ProxyApplications applications;
    private final AuditLog audit;

    CareManagerPageController(CareManagerPortal portal, CarePlanNotifications notifications,
            ProxyApplications applications, AuditLog audit) {
        this.portal = portal;
        this.notifications = notifications;
        this.applications = applications;
        this.audit = audit;
    }

    @GetMapping("/login")
    String login() {
        return "caremanager/login";
    }

    @GetMapping({"", "/"})
    String cases(@AuthenticationPrincipal CareManagerPrincipal me, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, Model model) {
        CaseSort by = CaseSort.of(sort);
        boolean descending = "desc".equals(dir);
        model.addAttribute("me", me);
        model.addAttribute("rows", portal.clientCases(me, by, descending));
        model.addAttribute("sort", by.param());
        model.addAttribute("dir", descending ? "desc" : "asc");
        return "caremanager/cases";
    }

    @GetMapping("/clients/{insuredNumber}")
    String client(@AuthenticationPrincipal CareManagerPrincipal me, @PathVariable String insuredNumber, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("client", portal.client(me, insuredNumber));
        return "caremanager/client";
    }

    @GetMapping("/notifications")
    String notifications(@AuthenticationPrincipal CareManagerPrincipal me, Model model) {
        var list = notifications.ofOffice(me.officeNumber());
        list.forEach(n -> audit.read(null, n.getInsuredPerson().getInsuredNumber(), CarePlanNotifications.DOCUMENT,
                "届出一覧の表示（" + me.officeName() + "）"));
        model.addAttribute("me", me);
        model.addAttribute("notifications", list);
        return "caremanager/notifications";
    }

    @PostMapping("/notifications")
    String fileNotification(@AuthenticationPrincipal CareManagerPrincipal me, @RequestParam String insuredNumber,
            @RequestParam String birthDate, @RequestParam String startDate, RedirectAttributes redirect, Model model) {
        try {
            var n = portal.fileNotification(me, insuredNumber.strip(), date(birthDate, "birthDate", "生年月日"),
                    date(startDate, "startDate", "開始日"));
            redirect.addFlashAttribute("message", n.getInsuredPerson().getName() + " さんの居宅サービス計画作成依頼届出を提出しました");
            return "redirect:/care-manager/notifications";
        } catch (InvalidInputException | StateConflictException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("form", new NotificationForm(insuredNumber, birthDate, startDate));
            return notifications(me, model);
        }
    }

    @PostMapping("/notifications/{id}/end")
    String endNotification(@AuthenticationPrincipal CareManagerPrincipal me, @PathVariable long id,
            @RequestParam String endDate, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            notifications.end(id, me.officeNumber(), date(endDate, "endDate", "終了日"), reason);
            redirect.addFlashAttribute("message", "届出の終了日を登録しました");
        } catch (InvalidInputException | StateConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/care-manager/notifications";
    }

    @GetMapping("/applications/new")
    String applicationForm(@AuthenticationPrincipal CareManagerPrincipal me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("types", Arrays.stream(ApplicationType.values()).filter(t -> t != ApplicationType.EX_OFFICIO).toList());
        model.addAttribute("diseases", SpecifiedDisease.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ApplicationForm.empty());
        }
        return "caremanager/application";
    }

    @PostMapping("/applications")
    String fileApplication(@AuthenticationPrincipal CareManagerPrincipal me, ApplicationForm form,
            RedirectAttributes redirect, Model model) {
        try {
            var filed = applications.file(me, form.toService(date(form.birthDate(), "birthDate", "生年月日")));
            redirect.addFlashAttribute("message", "申請を受け付けました（案件番号 " + filed.getCaseId() + "）");
            return "redirect:/care-manager";
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            model.addAttribute("form", form);
            return applicationForm(me, model);
        }
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        return refused(e.getMessage(), model);
    }

    @ExceptionHandler(AccessEndedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String accessEnded(AccessEndedException e, Model model) {
        return refused(e.getMessage(), model);
    }

    private static String refused(String reason, Model model) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        model.addAttribute("me", auth != null && auth.getPrincipal() instanceof CareManagerPrincipal p ? p : null);
        model.addAttribute("reason", reason);
        return "caremanager/refused";
    }

    record NotificationForm(String insuredNumber, String birthDate, String startDate) {
    }

    /** The 代理申請 form as submitted; strings, so that a bad date gets a Japanese message, not a 400 page. */
    record ApplicationForm(String insuredNumber, String birthDate, ApplicationType applicationType,
            Boolean consentToShare, SpecifiedDisease specifiedDisease, String attendingPhysicianName,
            String medicalInstitutionName, Boolean alsoFileNotification) {

        static ApplicationForm empty() {
            return new ApplicationForm("", "", ApplicationType.NEW, false, null, "", "", true);
        }

        ProxyApplications.Form toService(LocalDate birth) {
            return new ProxyApplications.Form(insuredNumber == null ? null : insuredNumber.strip(), birth,
                    applicationType, Boolean.TRUE.equals(consentToShare), specifiedDisease, attendingPhysicianName,
                    medicalInstitutionName, Boolean.TRUE.equals(alsoFileNotification));
        }
    }

    static LocalDate date(String value, String field, String label) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(List.of(new Violation(field, label + "を正しい日付（例: 2026-04-01）で入力してください")));
        }
    }
}
