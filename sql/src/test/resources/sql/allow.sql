-- The allow corpus of the SQL console: realistic analyst queries, each accepted and run against a small real lake.
-- Same format as deny.sql: an entry starts with "@@@ <category>: <what it asks>".

@@@ basic: editions of the programme
SELECT edition_id, number, start_date, end_date, target_group FROM editions ORDER BY number
@@@ basic: table syntax
TABLE editions
@@@ basic: from-first syntax
FROM editions SELECT edition_id, funder_id
@@@ basic: trailing semicolon and comments
-- the editions; all of them
SELECT * FROM editions; -- done
@@@ basic: values
VALUES ('W0', 0), ('W1', 1), ('W2', 6) AS waves(wave, months)
@@@ aggregate: enrolments by status and role
SELECT edition_id, role, status, count(*) AS n FROM enrolments GROUP BY edition_id, role, status ORDER BY edition_id, role, status
@@@ aggregate: candidates by desk
SELECT desk_id, count(*) AS candidates FROM enrolments WHERE role = 'candidate' GROUP BY desk_id ORDER BY candidates DESC
@@@ aggregate: responses per wave and tool
SELECT wave, source_tool, count(*) AS responses FROM responses GROUP BY wave, source_tool ORDER BY wave
@@@ aggregate: mean awareness per wave
SELECT wave, avg((sd_awareness_1 + sd_awareness_2 + sd_awareness_3 + sd_awareness_4 + sd_awareness_5) / 5.0) AS awareness
FROM responses GROUP BY wave ORDER BY wave
@@@ aggregate: integration shares per wave
SELECT wave, sd_integration, count(*) AS n, count(*) / sum(count(*)) OVER (PARTITION BY wave) AS share
FROM responses WHERE sd_integration IS NOT NULL GROUP BY wave, sd_integration ORDER BY wave, sd_integration
@@@ aggregate: having
SELECT participant_key, count(*) AS waves FROM responses GROUP BY participant_key HAVING count(*) >= 3
@@@ aggregate: grouping sets
SELECT edition_id, wave, count(*) AS n FROM responses GROUP BY GROUPING SETS ((edition_id, wave), (edition_id), ())
@@@ aggregate: rollup
SELECT edition_id, business_status, count(*) AS n FROM responses GROUP BY ROLLUP (edition_id, business_status)
@@@ aggregate: cube
SELECT gender, age_band, count(*) AS n FROM enrolments WHERE role = 'candidate' GROUP BY CUBE (gender, age_band)
@@@ aggregate: percentiles of employees
SELECT wave, percentile_approx(employees, 0.5) AS median, percentile(employees, array(0.25, 0.75)) AS quartiles
FROM responses WHERE employees IS NOT NULL GROUP BY wave
@@@ aggregate: median new contacts
SELECT edition_id, median(new_contacts) AS median_contacts, stddev(new_contacts) AS sd FROM responses GROUP BY edition_id
@@@ aggregate: count distinct and approx
SELECT count(DISTINCT participant_key) AS respondents, approx_count_distinct(participant_key) AS approx FROM responses
@@@ aggregate: pivot integration by wave
SELECT * FROM (SELECT edition_id, wave, sd_integration FROM responses)
PIVOT (count(*) FOR wave IN ('W0', 'W1', 'W2', 'W3', 'W4'))
@@@ aggregate: unpivot awareness items
SELECT item, avg(score) AS mean FROM (
  SELECT * FROM responses UNPIVOT (score FOR item IN (sd_awareness_1, sd_awareness_2, sd_awareness_3, sd_awareness_4, sd_awareness_5)))
GROUP BY item ORDER BY item
@@@ aggregate: collect list and sets
SELECT participant_key, collect_list(wave) AS waves, collect_set(business_status) AS statuses FROM responses GROUP BY participant_key
@@@ aggregate: filter clause
SELECT wave, count(*) FILTER (WHERE sd_integration >= 1) AS integrating, count(*) AS answered FROM responses GROUP BY wave
@@@ join: response rate per edition and wave
SELECT e.edition_id, r.wave, count(DISTINCT r.participant_key) / count(DISTINCT e.participant_key) AS response_rate
FROM enrolments e LEFT JOIN responses r ON r.participant_key = e.participant_key AND r.edition_id = e.edition_id
WHERE e.role = 'candidate' AND e.status <> 'referred'
GROUP BY e.edition_id, r.wave ORDER BY e.edition_id, r.wave
@@@ join: sessions attended per candidate
SELECT e.participant_key, e.edition_id, count(a.session_id) AS attended
FROM enrolments e LEFT JOIN attendance a ON a.participant_key = e.participant_key AND a.edition_id = e.edition_id
WHERE e.role = 'candidate' GROUP BY e.participant_key, e.edition_id
@@@ join: attendance by session kind
SELECT s.edition_id, s.kind, count(*) AS attendances FROM attendance a JOIN sessions s ON s.session_id = a.session_id
GROUP BY s.edition_id, s.kind
@@@ join: coach versus self-report
SELECT a.wave, a.sd_integration AS coach, r.sd_integration AS self, count(*) AS n
FROM assessments a JOIN responses r ON r.participant_key = a.participant_key AND r.edition_id = a.edition_id AND r.wave = a.wave
GROUP BY a.wave, a.sd_integration, r.sd_integration
@@@ join: unconscious integrators
SELECT a.edition_id, count(*) AS unconscious FROM assessments a
JOIN responses r ON r.participant_key = a.participant_key AND r.edition_id = a.edition_id AND r.wave = 'W0'
WHERE a.wave = 'W0' AND a.sd_integration >= 1 AND r.sd_integration = 0 GROUP BY a.edition_id
@@@ join: semi join of respondents
SELECT * FROM enrolments e LEFT SEMI JOIN responses r ON r.participant_key = e.participant_key AND r.wave = 'W4'
@@@ join: anti join of non-respondents
SELECT e.edition_id, count(*) AS never_answered FROM enrolments e
LEFT ANTI JOIN responses r ON r.participant_key = e.participant_key WHERE e.role = 'candidate' GROUP BY e.edition_id
@@@ join: using clause
SELECT edition_id, count(*) AS n FROM enrolments JOIN editions USING (edition_id, programme_id) GROUP BY edition_id
@@@ join: cross join of waves and editions
SELECT e.edition_id, w.wave FROM editions e CROSS JOIN (VALUES ('W0'), ('W1'), ('W2')) AS w(wave)
@@@ join: participants with their latest edition
SELECT p.participant_key, p.editions, p.latest_edition_id, e.target_group FROM participants p
JOIN editions e ON e.edition_id = p.latest_edition_id
@@@ join: ties across desks
SELECT count(*) AS ties_across_desks FROM ties t
JOIN enrolments a ON a.participant_key = t.participant_key AND a.edition_id = t.edition_id
JOIN enrolments b ON b.participant_key = t.other_participant_key
WHERE a.desk_id <> b.desk_id
@@@ join: staff items over waves
SELECT s.wave, avg(s.staff_sd_in_support) AS support, avg(s.staff_sd_tools) AS tools FROM staff_responses s
JOIN enrolments e ON e.participant_key = s.participant_key AND e.edition_id = s.edition_id
GROUP BY s.wave ORDER BY s.wave
@@@ cte: transitions from wave to wave
WITH levels AS (SELECT participant_key, edition_id, wave, sd_integration FROM responses WHERE sd_integration IS NOT NULL)
SELECT a.wave AS from_wave, b.wave AS to_wave, a.sd_integration AS from_level, b.sd_integration AS to_level, count(*) AS n
FROM levels a JOIN levels b ON a.participant_key = b.participant_key AND a.edition_id = b.edition_id
 AND substring(b.wave, 2) = CAST(substring(a.wave, 2) AS INT) + 1
GROUP BY a.wave, b.wave, a.sd_integration, b.sd_integration
@@@ cte: several CTEs
WITH enrolled AS (SELECT * FROM enrolments WHERE role = 'candidate' AND status <> 'referred'),
     answered AS (SELECT DISTINCT participant_key, edition_id FROM responses WHERE wave = 'W1')
SELECT e.edition_id, count(a.participant_key) / count(*) AS rate FROM enrolled e
LEFT JOIN answered a ON a.participant_key = e.participant_key AND a.edition_id = e.edition_id GROUP BY e.edition_id
@@@ cte: CTE used twice
WITH w AS (SELECT wave, count(*) AS n FROM responses GROUP BY wave)
SELECT a.wave, a.n, a.n / b.n AS retention FROM w a CROSS JOIN w b WHERE b.wave = 'W0'
@@@ cte: nested CTE
WITH a AS (WITH b AS (SELECT edition_id FROM editions) SELECT * FROM b) SELECT count(*) FROM a
@@@ cte: intention to action
WITH t AS (SELECT participant_key, edition_id, wave, sd_integration, sd_interest FROM responses)
SELECT a.wave, count(*) AS interested, count_if(b.sd_integration >= 1) AS acted
FROM t a LEFT JOIN t b ON b.participant_key = a.participant_key AND b.edition_id = a.edition_id
 AND CAST(substring(b.wave, 2) AS INT) = CAST(substring(a.wave, 2) AS INT) + 1
WHERE a.sd_integration = 0 AND a.sd_interest >= 2 GROUP BY a.wave
@@@ window: lag of integration over waves
SELECT participant_key, edition_id, wave, sd_integration,
       lag(sd_integration) OVER (PARTITION BY participant_key, edition_id ORDER BY wave) AS previous_level
FROM responses
@@@ window: lead and change in awareness
SELECT participant_key, wave, sd_awareness_1,
       lead(sd_awareness_1) OVER (PARTITION BY participant_key ORDER BY wave) - sd_awareness_1 AS change_to_next
FROM responses
@@@ window: rank respondents by contacts
SELECT * FROM (SELECT participant_key, wave, new_contacts,
       rank() OVER (PARTITION BY wave ORDER BY new_contacts DESC) AS position FROM responses) WHERE position <= 3
@@@ window: running total of contacts
SELECT participant_key, wave, new_contacts,
       sum(new_contacts) OVER (PARTITION BY participant_key ORDER BY wave ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cumulative
FROM responses
@@@ window: first response per participant
SELECT * FROM (SELECT r.*, row_number() OVER (PARTITION BY participant_key ORDER BY submitted_at) AS k FROM responses r) WHERE k = 1
@@@ window: qualify-like filter on a named window
SELECT participant_key, wave, avg(new_contacts) OVER w AS mean_contacts FROM responses WINDOW w AS (PARTITION BY participant_key)
@@@ window: ntile of attendance
WITH a AS (SELECT participant_key, count(*) AS attended FROM attendance GROUP BY participant_key)
SELECT participant_key, attended, ntile(3) OVER (ORDER BY attended) AS band FROM a
@@@ window: percent rank of employees
SELECT participant_key, wave, employees, percent_rank() OVER (PARTITION BY wave ORDER BY employees) AS pr FROM responses
@@@ generate: explode ties
SELECT participant_key, wave, tie.participant_key AS other, tie.kind FROM responses LATERAL VIEW explode(ties) t AS tie
@@@ generate: posexplode
SELECT participant_key, pos, tie.kind FROM responses LATERAL VIEW OUTER posexplode(ties) t AS pos, tie
@@@ generate: explode as a table function
SELECT * FROM explode(array('W0', 'W1', 'W2'))
@@@ generate: range of months
SELECT id AS month FROM range(0, 25)
@@@ generate: inline of ties
SELECT participant_key, inline(ties) FROM responses
@@@ set-ops: union of keys
SELECT participant_key FROM responses UNION SELECT participant_key FROM attendance
@@@ set-ops: intersect
SELECT participant_key FROM responses WHERE wave = 'W0' INTERSECT SELECT participant_key FROM responses WHERE wave = 'W4'
@@@ set-ops: except
SELECT participant_key FROM enrolments EXCEPT SELECT participant_key FROM responses
@@@ set-ops: union all with literals
SELECT 'responses' AS source, count(*) AS n FROM responses UNION ALL SELECT 'ties', count(*) FROM ties
@@@ subquery: in subquery
SELECT * FROM responses WHERE participant_key IN (SELECT participant_key FROM assessments WHERE sd_integration = 2)
@@@ subquery: exists
SELECT e.* FROM enrolments e WHERE EXISTS (SELECT 1 FROM ties t WHERE t.participant_key = e.participant_key)
@@@ subquery: scalar subquery
SELECT edition_id, (SELECT count(*) FROM responses r WHERE r.edition_id = e.edition_id) AS responses FROM editions e
@@@ subquery: lateral subquery
SELECT e.edition_id, s.n FROM editions e, LATERAL (SELECT count(*) AS n FROM sessions WHERE sessions.edition_id = e.edition_id) s
@@@ metrics: metric rows of an edition
SELECT metric_id, wave, group_key, n, value, lower, upper, status FROM metric_values WHERE edition_id = 'E01' ORDER BY metric_id, wave
@@@ metrics: status counts
SELECT metric_id, status, count(*) AS rows FROM metric_values GROUP BY metric_id, status ORDER BY metric_id
@@@ metrics: widest intervals
SELECT metric_id, edition_id, wave, upper - lower AS width FROM metric_values WHERE upper IS NOT NULL ORDER BY width DESC LIMIT 10
@@@ functions: dates and survival months
SELECT participant_key, business_launch_date, business_stop_date,
       months_between(coalesce(business_stop_date, DATE'2026-11-01'), business_launch_date) AS months_active
FROM responses WHERE business_launch_date IS NOT NULL
@@@ functions: strings, case and conditionals
SELECT upper(kind) AS kind, CASE WHEN theme LIKE '%ircular%' THEN 'circular' ELSE lower(theme) END AS theme FROM sessions
@@@ functions: json and structs
SELECT to_json(named_struct('wave', wave, 'level', sd_integration)) AS j, size(ties) AS tie_count FROM responses
@@@ functions: hashing and rounding
SELECT sha2(participant_key, 256) AS hashed, round(avg(satisfaction), 2) AS satisfaction FROM responses GROUP BY participant_key
@@@ functions: ansi-safe division
SELECT wave, try_divide(sum(sd_integration), count(*)) AS mean_level FROM responses GROUP BY wave
@@@ shape: limit and offset
SELECT participant_key, wave FROM responses ORDER BY participant_key, wave LIMIT 5 OFFSET 2
@@@ shape: distinct
SELECT DISTINCT wave FROM responses
@@@ shape: sample
SELECT count(*) FROM responses TABLESAMPLE (50 PERCENT)
@@@ shape: hints
SELECT /*+ BROADCAST(e) */ r.wave, count(*) FROM responses r JOIN editions e ON e.edition_id = r.edition_id GROUP BY r.wave
@@@ shape: repartition hint
SELECT /*+ REPARTITION(2) */ * FROM enrolments
@@@ shape: distribute and sort by
SELECT participant_key, wave FROM responses DISTRIBUTE BY participant_key SORT BY wave
@@@ shape: pipe syntax
FROM responses |> WHERE wave = 'W1' |> AGGREGATE count(*) AS n GROUP BY edition_id
@@@ shape: column aliases on a table function
SELECT m FROM range(3) AS r(m)
@@@ shape: subquery column aliases
SELECT * FROM (SELECT edition_id, number FROM editions) AS e(id, n)
@@@ shape: identifier with a literal name
SELECT count(*) FROM IDENTIFIER('responses')
@@@ shape: lower case with tabs and comments
select	wave, /* how many */ count(*)
from	responses	-- all of them
group	by	wave
@@@ schema: show tables
SHOW TABLES
@@@ schema: show views with a pattern
SHOW VIEWS LIKE 'resp*|ties'
@@@ schema: describe a view
DESCRIBE responses
@@@ schema: show columns
SHOW COLUMNS IN enrolments
@@@ window: qualify on a window function
SELECT participant_key, wave, new_contacts FROM responses
QUALIFY row_number() OVER (PARTITION BY participant_key ORDER BY wave DESC) = 1
@@@ statistics: correlation per wave, one group constant
SELECT wave, corr(employees, CASE WHEN wave = 'W1' THEN 1 ELSE new_contacts END) AS r FROM responses GROUP BY wave
@@@ statistics: correlation as a window function
SELECT DISTINCT wave, corr(employees, new_contacts) OVER (PARTITION BY wave) AS r FROM responses
@@@ statistics: continuous percentiles within group
SELECT wave, percentile_cont(0.5) WITHIN GROUP (ORDER BY employees) AS median, percentile_disc(0.9) WITHIN GROUP (ORDER BY employees) AS p90
FROM responses GROUP BY wave
