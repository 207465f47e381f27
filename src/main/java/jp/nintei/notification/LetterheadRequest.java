package jp.nintei.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An insurer's letterhead as an administrator enters it. */
public record LetterheadRequest(
        @NotBlank(message = "差出人（例: さくら市長 桜井 一郎）を入力してください") @Size(max = 100, message = "差出人は100文字以内で入力してください") String issuerName,
        @NotBlank(message = "担当課を入力してください") @Size(max = 200, message = "担当課は200文字以内で入力してください") String department,
        @Pattern(regexp = "\\d{3}-\\d{4}", message = "郵便番号は123-4567の形式で入力してください") String postalCode,
        @Size(max = 300, message = "所在地は300文字以内で入力してください") String address,
        @Pattern(regexp = "[0-9()\\-]{10,20}", message = "電話番号は数字とハイフンで入力してください") String phone,
        @NotBlank(message = "文書番号の記号（例: さ介）を入力してください") @Size(max = 20, message = "文書番号の記号は20文字以内で入力してください") String documentNumberPrefix,
        @NotBlank(message = "審査請求先（例: ○○県介護保険審査会）を入力してください") @Size(max = 100, message = "審査請求先は100文字以内で入力してください") String appealBody,
        @NotBlank(message = "取消訴訟の被告（例: さくら市）を入力してください") @Size(max = 100, message = "被告は100文字以内で入力してください") String defendant,
        @NotBlank(message = "被告を代表する者（例: さくら市長）を入力してください") @Size(max = 100, message = "代表者は100文字以内で入力してください") String defendantRepresentative) {
}
