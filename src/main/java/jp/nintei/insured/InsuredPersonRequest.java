package jp.nintei.insured;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One insured person as the insurer's 資格管理 system sends it. */
public record InsuredPersonRequest(
        @NotNull(message = "保険者番号を入力してください")
        @Pattern(regexp = "\\d{6}", message = "保険者番号は6桁の数字で入力してください")
        String insurerNumber,
        @NotBlank(message = "氏名を入力してください") @Size(max = 100, message = "氏名は100文字以内で入力してください")
        String name,
        @NotBlank(message = "氏名（カナ）を入力してください") @Size(max = 100, message = "氏名（カナ）は100文字以内で入力してください")
        @Pattern(regexp = "[\\p{IsKatakana}ー\\s　]+", message = "氏名（カナ）はカタカナで入力してください")
        String nameKana,
        @NotNull(message = "生年月日を入力してください") @Past(message = "生年月日は過去の日付を入力してください")
        LocalDate birthDate,
        @NotNull(message = "性別を選択してください")
        Sex sex,
        @Pattern(regexp = "\\d{3}-?\\d{4}", message = "郵便番号は7桁の数字で入力してください")
        String postalCode,
        @NotBlank(message = "住所を入力してください") @Size(max = 300, message = "住所は300文字以内で入力してください")
        String address,
        @Pattern(regexp = "[0-9-]{10,13}", message = "電話番号は数字とハイフンで入力してください")
        String phone,
        SpecifiedDisease specifiedDisease) {
}
