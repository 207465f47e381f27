package jp.nintei.opinion.portal;

import java.beans.PropertyEditorSupport;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.nintei.document.IssuedDocument;
import jp.nintei.opinion.LinkAccess;
import jp.nintei.opinion.OpinionContent;
import jp.nintei.opinion.OpinionContentValidator;
import jp.nintei.opinion.OpinionSubmissions;
import jp.nintei.opinion.OpinionSubmissions.AlreadyAnsweredException;
import jp.nintei.web.InvalidInputException;

/**
 * The physician's pages behind a link: the form (drafts, validation next to each field,
 * submission once per key), the submitted opinion read-only with its PDF, and the decline.
 * Plain HTML forms with POST-redirect-GET: it works without JavaScript.
 */
@Controller
@RequestMapping("/physician/opinion/{token}")
class PhysicianPortalController {

    static final String FORM = "physician/opinion-form";
    static final String VIEW = "physician/opinion-submitted";

    private final OpinionSubmissions submissions;
    private final OpinionContentValidator validator;
    private final PortalModel portal;
    private final LinkFailureLimiter limiter;
    private final PortalPages pages;

    PhysicianPortalController(OpinionSubmissions submissions, OpinionContentValidator validator, PortalModel portal,
            LinkFailureLimiter limiter, PortalPages pages) {
        this.submissions = submissions;
        this.validator = validator;
        this.portal = portal;
        this.limiter = limiter;
        this.pages = pages;
    }

    @InitBinder("opinion")
    void binder(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(OpinionContent.DIAGNOSES);
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        binder.registerCustomEditor(LocalDate.class, new IsoDateEditor());
        binder.setBindingErrorProcessor(new JapaneseBindingErrors());
    }

    @GetMapping
    String show(@AuthenticationPrincipal LinkAccess access, @PathVariable String token,
            @RequestParam(required = false) String notice, Model model) {
        if (!access.editable()) {
            portal.submitted(access, token, model);
            model.addAttribute("notice", PortalModel.notice(notice));
            return VIEW;
        }
        portal.form(access, token, submissions.formFor(access.requestId()), UUID.randomUUID().toString(), model);
        model.addAttribute("notice", PortalModel.notice(notice));
        return FORM;
    }

    @PostMapping(params = "action=save")
    String saveDraft(@AuthenticationPrincipal LinkAccess access, @PathVariable String token,
            @ModelAttribute("opinion") OpinionContent opinion, BindingResult binding) {
        if (!access.editable()) {
            return redirect(token, "answered");
        }
        submissions.saveDraft(access.requestId(), opinion);
        return redirect(token, "saved");
    }

    @PostMapping(params = "action=submit")
    String submit(@AuthenticationPrincipal LinkAccess access, @PathVariable String token,
            @RequestParam(required = false) String submissionKey, @ModelAttribute("opinion") OpinionContent opinion,
            BindingResult binding, Model model, HttpServletResponse response) {
        if (!access.editable()) {
            return submissions.submittedFor(access.requestId())
                    .filter(o -> o.getSubmissionKey().equals("portal:" + submissionKey))
                    .map(o -> redirect(token, "submitted"))
                    .orElseGet(() -> redirect(token, "answered"));
        }
        opinion.normaliseShape();
        validator.validate(opinion, binding);
        if (binding.hasErrors()) {
            // Nothing typed is lost: the entries are kept as the draft and shown again.
            submissions.saveDraft(access.requestId(), opinion);
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            portal.form(access, token, opinion, submissionKey, model);
            return FORM;
        }
        try {
            submissions.submit(access.requestId(), opinion, submissionKey);
        } catch (AlreadyAnsweredException e) {
            return redirect(token, "answered");
        }
        return redirect(token, "submitted");
    }

    @PostMapping("/decline")
    String decline(@AuthenticationPrincipal LinkAccess access, @PathVariable String token,
            @RequestParam(required = false) String declineReason, Model model, HttpServletResponse response) {
        if (!access.editable()) {
            return redirect(token, "answered");
        }
        try {
            submissions.decline(access.requestId(), declineReason);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            portal.form(access, token, submissions.formFor(access.requestId()), UUID.randomUUID().toString(), model);
            model.addAttribute("declineError", e.getMessage());
            model.addAttribute("declineReason", declineReason);
            return FORM;
        } catch (AlreadyAnsweredException e) {
            return redirect(token, "answered");
        }
        portal.declined(access, model);
        return "physician/declined";
    }

    /** A document of this request (依頼書, 督促状, the submitted opinion); any other id is not found. */
    @GetMapping("/documents/{documentId}")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal LinkAccess access, @PathVariable long documentId,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        IssuedDocument document = portal.document(access, documentId).orElse(null);
        if (document == null) {
            limiter.recordFailure(request.getRemoteAddr());
            pages.write(request, response, HttpStatus.NOT_FOUND, "physician/unavailable", Map.of("limited", false));
            return null;
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.getMediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(document.getFileName()).build().toString())
                .body(document.getContent());
    }

    /** Hand-made requests (a diagnosis row that does not exist, …) get a plain refusal, not a 500. */
    @ExceptionHandler(InvalidPropertyException.class)
    void malformed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        pages.write(request, response, HttpStatus.BAD_REQUEST, "physician/refused", Map.of("malformed", true));
    }

    private static String redirect(String token, String notice) {
        return "redirect:/physician/opinion/" + token + "?notice=" + notice;
    }

    /** HTML date inputs send ISO dates (2026-01-31), whatever the browser's language. */
    static class IsoDateEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            try {
                setValue(text == null || text.isBlank() ? null : LocalDate.parse(text.strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not an ISO date: " + text, e);
            }
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }
}
