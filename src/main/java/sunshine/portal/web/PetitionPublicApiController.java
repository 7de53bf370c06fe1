package sunshine.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import sunshine.abuse.PublicSubmissions;
import sunshine.petitions.PetitionManagement;
import sunshine.petitions.PetitionManagement.SubmissionRejected;
import sunshine.petitions.PetitionTracking;
import sunshine.petitions.Submission;

/**
 * The public petitions JSON API: {@code POST /api/v1/petitions} (网上投; 201 with the tracking and query
 * codes, or 400 with a Chinese message per bad field) and {@code GET /api/v1/petitions/track} (网上查;
 * a wrong code or query code gets the same 404 as an unknown one).
 */
@RestController
@Tag(name = "网上信访", description = "网上投、网上查（无需登录）")
class PetitionPublicApiController {

	private final PetitionManagement petitions;
	private final MessageSource messages;
	private final PublicSubmissions gate;

	PetitionPublicApiController(PetitionManagement petitions, MessageSource messages, PublicSubmissions gate) {
		this.petitions = petitions;
		this.messages = messages;
		this.gate = gate;
	}

	@sunshine.shared.web.PublicApi
	@Operation(summary = "提交网上信访事项", description = "收到后返回查询编号和查询码（只显示这一次）。"
			+ "内容不合格时返回 400，逐项说明；提交过于频繁时返回 429 并带 Retry-After。",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
					mediaType = "application/json", schema = @Schema(implementation = PublicApiSchemas.Petition.class),
					examples = @ExampleObject(name = "网上投诉", value = PublicApiSchemas.PETITION_EXAMPLE))),
			responses = {
					@ApiResponse(responseCode = "201", description = "已收到", content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = PublicApiSchemas.PetitionReceipt.class),
							examples = @ExampleObject(name = "已收到", value = PublicApiSchemas.PETITION_RECEIPT_EXAMPLE))),
					@ApiResponse(responseCode = "400", description = "内容不合格", content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = sunshine.shared.web.ApiProblem.class),
							examples = @ExampleObject(name = "缺少姓名", value = PublicApiSchemas.PROBLEM_EXAMPLE))) })
	@PostMapping(path = "/api/v1/petitions", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> submit(@Parameter(hidden = true) @RequestBody(required = false) Map<String, Object> body,
			@Parameter(hidden = true) Locale locale, @Parameter(hidden = true) HttpServletRequest http) {
		if (body == null) {
			body = Map.of();
		}
		var fields = new sunshine.shared.JsonFields(body);
		String content = fields.peek("agency") + "|" + fields.peek("title") + "|" + fields.peek("content");
		String received = String.valueOf(body);
		var refused = gate.screenApi(http, fields.peek("phone"), content, received, locale);
		if (refused.isPresent()) {
			return refused.get();
		}
		Integer visitors = fields.integer("visitors");
		var submission = new Submission(fields.text("agency"), fields.text("channel"), fields.text("name"),
				fields.text("idNumber"), fields.text("phone"), fields.text("address"), fields.text("title"),
				fields.text("content"), fields.text("category"), visitors);
		try {
			if (!fields.wrongTypes().isEmpty()) {
				throw new SubmissionRejected(fields.wrongTypes().stream()
						.map(w -> new Submission.Problem(w.field(), w.messageKey(), w.arguments())).toList());
			}
			// 是否公开: only a JSON true publishes the exchange once replied.
			String email = fields.text("email");
			if (!fields.wrongTypes().isEmpty()) {
				throw new SubmissionRejected(fields.wrongTypes().stream()
						.map(w -> new Submission.Problem(w.field(), w.messageKey(), w.arguments())).toList());
			}
			var receipt = petitions.submitOnline(submission, List.of(), Boolean.TRUE.equals(body.get("publish")),
					NotifyChoices.fromJson(body, email, submission.phone()));
			var result = new LinkedHashMap<String, Object>();
			result.put("trackingCode", receipt.trackingCode());
			result.put("queryCode", receipt.queryCode());
			gate.filedApi(http, fields.peek("phone"), content, received, result);
			return ResponseEntity.status(HttpStatus.CREATED).body(result);
		}
		catch (SubmissionRejected rejected) {
			return ResponseEntity.badRequest().body(problems(rejected.problems(), locale));
		}
	}

	private Map<String, Object> problems(List<Submission.Problem> problems, Locale locale) {
		var errors = new ArrayList<Map<String, String>>();
		for (var problem : problems) {
			errors.add(Map.of("field", problem.field(), "message",
					messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale)));
		}
		var body = new LinkedHashMap<String, Object>();
		body.put("error", "bad-request");
		body.put("message", errors.stream().map(e -> e.get("message")).collect(Collectors.joining("；")));
		body.put("fields", problems.stream().map(Submission.Problem::field).distinct().toList());
		body.put("errors", errors);
		return body;
	}

	/** A body that is not JSON at all: said in Chinese, like every other bad input. */
	@org.springframework.web.bind.annotation.ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, Object>> unreadable(Locale locale) {
		var body = new LinkedHashMap<String, Object>();
		body.put("error", "bad-request");
		body.put("message", messages.getMessage("petitions.error.json", null, locale));
		body.put("fields", List.of());
		return ResponseEntity.badRequest().body(body);
	}

	@sunshine.shared.web.PublicApi
	@Operation(summary = "查询信访事项的办理情况", description = "凭查询编号和查询码查询；编号或查询码错误与查无此件一样返回 404。",
			responses = {
					@ApiResponse(responseCode = "200", description = "办理情况", content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = sunshine.petitions.PetitionTracking.class),
							examples = @ExampleObject(name = "已登记", value = PublicApiSchemas.PETITION_TRACKING_EXAMPLE))),
					@ApiResponse(responseCode = "404", description = "查无此件", content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = PublicApiSchemas.NotFound.class),
							examples = @ExampleObject(name = "查无此件", value = """
									{"error":"not-found","message":"查询码或密码不正确，未找到信访事项。"}"""))) })
	@GetMapping(path = "/api/v1/petitions/track", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> track(
			@Parameter(description = "查询编号", example = "XF-2026-3HW8PQ2C") @RequestParam(required = false) String code,
			@Parameter(description = "查询码", example = "8K3QMZ") @RequestParam(required = false) String queryCode,
			@Parameter(hidden = true) Locale locale, @Parameter(hidden = true) HttpServletRequest http) {
		var refused = gate.refuseLookup(http, code, locale);
		if (refused.isPresent()) {
			return refused.get();
		}
		return petitions.track(code, queryCode).<ResponseEntity<?>>map(
				p -> ResponseEntity.ok(PetitionTracking.of(p, messages, locale)))
				.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not-found",
						"message", messages.getMessage("petitions.track.notFound", null, locale))));
	}
}
