package jp.nintei.resident;

import java.time.Instant;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.NotFoundException;

/**
 * The resident channel's JSON API (マイナポータル-style): a portal client, authenticated with its
 * id and secret, asks on behalf of one resident per request, named by {@value #ACTING_FOR}.
 */
@RestController
@RequestMapping("/resident-api/v1")
@Tag(name = "被保険者向け連携API", description = "ポータル（マイナポータル等）から本人の要介護認定の進捗と結果を照会する")
class ResidentApiController {

    static final String ACTING_FOR = "X-Insured-Number";

    private final ResidentPortal portal;
    private final ResidentPageLinks links;

    ResidentApiController(ResidentPortal portal, ResidentPageLinks links) {
        this.portal = portal;
        this.links = links;
    }

    record PageLink(String url, Instant expiresAt) {
    }

    @GetMapping("/cases")
    @Operation(summary = "本人の申請の一覧と現在の状態（監査ログに記録）")
    List<ResidentPortal.CaseSummary> cases(@AuthenticationPrincipal ResidentPrincipal client,
            @Parameter(description = "本人の被保険者番号（10桁）") @RequestHeader(name = ACTING_FOR, required = false) String insuredNumber) {
        String number = actingFor(insuredNumber);
        return portal.cases(number, purpose(client, number));
    }

    @GetMapping("/cases/{caseId}")
    @Operation(summary = "申請の経過（公開状態の履歴）と、通知後の認定結果（監査ログに記録）")
    ResidentPortal.CaseDetail caseDetail(@AuthenticationPrincipal ResidentPrincipal client, @PathVariable String caseId,
            @RequestHeader(name = ACTING_FOR, required = false) String insuredNumber) {
        String number = actingFor(insuredNumber);
        return portal.caseOf(number, caseId, purpose(client, number));
    }

    @GetMapping("/certificate")
    @Operation(summary = "現在有効な認定（被保険者証の要介護状態区分と有効期間）")
    ResidentPortal.CurrentCertificate certificate(@AuthenticationPrincipal ResidentPrincipal client,
            @RequestHeader(name = ACTING_FOR, required = false) String insuredNumber) {
        String number = actingFor(insuredNumber);
        return portal.certificate(number, purpose(client, number))
                .orElseThrow(() -> new NotFoundException("現在有効な要介護認定はありません"));
    }

    @PostMapping("/page-links")
    @Operation(summary = "本人が進捗ページを開くための一回限りのリンク（有効期限10分）を発行する")
    PageLink pageLink(@AuthenticationPrincipal ResidentPrincipal client,
            @RequestHeader(name = ACTING_FOR, required = false) String insuredNumber) {
        String number = actingFor(insuredNumber);
        portal.cases(number, purpose(client, number) + "：進捗ページのリンク発行");
        var link = links.issue(client.clientId(), number);
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path(ResidentPageLinks.ENTRY_PATH)
                .queryParam("token", link.token()).toUriString();
        return new PageLink(url, link.expiresAt());
    }

    private static String actingFor(String insuredNumber) {
        if (insuredNumber == null || !insuredNumber.matches("\\d{10}")) {
            throw new InvalidInputException(ACTING_FOR, "ヘッダー " + ACTING_FOR + " に本人の被保険者番号（10桁の数字）を指定してください");
        }
        return insuredNumber;
    }

    private static String purpose(ResidentPrincipal client, String insuredNumber) {
        return "本人（被保険者番号 " + insuredNumber + "）の求めによる照会（連携クライアント " + client.clientId() + "）";
    }
}
