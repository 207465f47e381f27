package jp.nintei.opinion.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the register holds about a physician (the API's request body). */
public record PhysicianDetails(
        @NotBlank(message = "医師氏名を入力してください")
        @Size(max = 100, message = "医師氏名は100文字以内で入力してください")
        String name,

        @Size(max = 100, message = "ふりがなは100文字以内で入力してください")
        String nameKana,

        @Size(max = 100, message = "診療科は100文字以内で入力してください")
        String department,

        boolean designated,

        boolean active) {
}
