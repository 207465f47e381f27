package jp.nintei.opinion.registry;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the register holds about a medical institution (the API's request body). */
public record InstitutionDetails(
        @NotBlank(message = "医療機関名を入力してください")
        @Size(max = 200, message = "医療機関名は200文字以内で入力してください")
        String name,

        @Pattern(regexp = "\\d{3}-?\\d{4}", message = "郵便番号は7桁の数字で入力してください")
        String postalCode,

        @Size(max = 300, message = "所在地は300文字以内で入力してください")
        String address,

        @Pattern(regexp = "[0-9-]{0,20}", message = "電話番号は数字とハイフンで入力してください")
        String phone,

        @Pattern(regexp = "[0-9-]{0,20}", message = "FAX番号は数字とハイフンで入力してください")
        String fax,

        @Email(message = "メールアドレスの形式が正しくありません")
        @Size(max = 254, message = "メールアドレスは254文字以内で入力してください")
        String email,

        @Schema(description = "依頼をメールで受け、ポータルから提出する医療機関")
        boolean electronicSubmission,

        boolean active) {
}
