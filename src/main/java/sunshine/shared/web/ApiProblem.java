package sunshine.shared.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The shape of an error answer of the JSON API as the API description states it (RFC 9457 problem details
 * keep these members): a stable code, a Chinese message naming what is wrong, and the fields concerned.
 * Only documentation: the answers are written by {@link Problems} and the controllers.
 */
@Schema(name = "Problem", description = "错误：稳定的错误代码、说明问题的中文消息、涉及的字段")
public record ApiProblem(
		@Schema(description = "错误代码", example = "bad-request", requiredMode = Schema.RequiredMode.REQUIRED) String error,
		@Schema(description = "中文说明", example = "请填写申请人姓名。", requiredMode = Schema.RequiredMode.REQUIRED) String message,
		@Schema(description = "有问题的字段") List<String> fields) {
}
