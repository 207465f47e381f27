package jp.nintei.application;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.nintei.insured.SpecifiedDisease;

/** What a 要介護認定申請書 carries; the same shape for the REST API and the Tasklist start form. */
public record IntakeRequest(
        @Schema(example = "1310010001")
        @NotNull(message = "被保険者番号を入力してください")
        @Pattern(regexp = "\\d{10}", message = "被保険者番号は10桁の数字で入力してください")
        String insuredNumber,

        @NotNull(message = "申請の種類を選択してください")
        ApplicationType applicationType,

        @NotNull(message = "申請日を入力してください")
        LocalDate receivedDate,

        @NotNull(message = "申請者の区分を選択してください")
        ApplicantKind applicantKind,

        @Size(max = 100, message = "申請者氏名は100文字以内で入力してください")
        String applicantName,

        @Size(max = 200, message = "事業所名は200文字以内で入力してください")
        String proxyOfficeName,

        @Pattern(regexp = "\\d{10}", message = "事業所番号は10桁の数字で入力してください")
        String proxyOfficeNumber,

        boolean consentToShare,

        SpecifiedDisease specifiedDisease,

        @Size(max = 100, message = "主治医氏名は100文字以内で入力してください")
        String attendingPhysicianName,

        @Size(max = 200, message = "医療機関名は200文字以内で入力してください")
        String medicalInstitutionName) {
}
