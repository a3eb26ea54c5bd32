/// @file rules.hpp
/// @brief Every built-in rule kind (namespace jixiao::rules), in one include.
///
/// | kind | class | typical indicators |
/// | --- | --- | --- |
/// | rate × 分值 | rules::RatioTimesWeight | 资金到位率, 预算执行率 |
/// | target attainment | rules::TargetAttainment | 数量/质量/时效/成本指标 with ≥ ≤ = targets |
/// | step bands | rules::StepBands | 重点支出安排率, 预算调整率 |
/// | deductions | rules::Deduction | 资金使用合规性, 三公经费控制率 |
/// | checkpoints | rules::Checkpoints | 立项依据充分性, 管理制度健全性 |
/// | categorical | rules::Categorical | 实际支出与预算相符情况 |
/// | qualitative levels | rules::QualitativeBands | 定性 产出/效益 indicators |
/// | satisfaction | rules::SurveySatisfaction | 服务对象满意度 |
/// | manual score | rules::ManualScore | anything the 评分标准 leaves to judgement |
/// | formula | rules::FormulaScore | any other 评分标准, as a jixiao::Formula |
///
/// Custom rules derive from jixiao::Rule (see rule.hpp).
#ifndef JIXIAO_RULES_HPP
#define JIXIAO_RULES_HPP

#include <jixiao/rules/categorical.hpp>
#include <jixiao/rules/checkpoints.hpp>
#include <jixiao/rules/deduction.hpp>
#include <jixiao/rules/formula_score.hpp>
#include <jixiao/rules/manual_score.hpp>
#include <jixiao/rules/qualitative_bands.hpp>
#include <jixiao/rules/ratio_times_weight.hpp>
#include <jixiao/rules/step_bands.hpp>
#include <jixiao/rules/survey_satisfaction.hpp>
#include <jixiao/rules/target_attainment.hpp>

#endif  // JIXIAO_RULES_HPP
