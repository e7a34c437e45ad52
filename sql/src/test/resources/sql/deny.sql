-- The deny corpus of the SQL console: every statement below must be refused before anything runs.
-- An entry starts with a line "@@@ <category>: <what it tries>"; its statement is every line up to the next entry,
-- so statements can hold semicolons, comments, blank lines and tabs. TestSqlCorpora reads this file.

@@@ multi-statement: two queries
SELECT 1; SELECT 2
@@@ multi-statement: a query then a drop
SELECT * FROM responses; DROP TABLE responses
@@@ multi-statement: a query then a delete on the next line
SELECT count(*) FROM responses;
DELETE FROM responses
@@@ multi-statement: a semicolon inside a string does not hide the second statement
SELECT ';' AS separator; SELECT 2
@@@ multi-statement: a semicolon in a block comment, then a real one
SELECT 1 /* ; */; SET spark.sql.runSQLOnFiles=true
@@@ multi-statement: a line comment before the separator
SELECT 1 -- harmless
; INSERT INTO responses SELECT * FROM responses
@@@ multi-statement: three statements with blank lines
SELECT 1;

SELECT 2;

SELECT 3
@@@ multi-statement: query then cache
SELECT * FROM editions; CACHE TABLE editions
@@@ multi-statement: string with escaped quote then a second statement
SELECT 'it''s; fine' AS a; DROP VIEW editions
@@@ command: explain
EXPLAIN SELECT * FROM responses
@@@ command: explain extended with comment trick
/* SELECT */ EXPLAIN EXTENDED SELECT * FROM responses
@@@ command: show tables of another namespace
SHOW TABLES IN default
@@@ command: show views of the global temporary namespace
SHOW VIEWS IN global_temp
@@@ command: describe a catalog table by its qualified name
DESCRIBE spark_catalog.default.responses
@@@ command: describe extended a view (table details, location)
DESCRIBE TABLE EXTENDED responses PARTITION (wave = 'W0')
@@@ command: show columns of another namespace
SHOW COLUMNS IN responses IN default
@@@ command: show functions
SHOW FUNCTIONS
@@@ command: describe function reflect
DESCRIBE FUNCTION reflect
@@@ command: show create table
SHOW CREATE TABLE responses
@@@ command: show databases
SHOW DATABASES
@@@ command: show catalogs
SHOW CATALOGS
@@@ command: use a database
USE default
@@@ command: call a procedure
CALL system.rollback_to_snapshot('x', 1)
@@@ command: load data from a file
LOAD DATA LOCAL INPATH '/etc/passwd' INTO TABLE editions
@@@ write: insert into a view
INSERT INTO editions SELECT * FROM editions
@@@ write: insert overwrite
INSERT OVERWRITE TABLE responses SELECT * FROM responses
@@@ write: insert overwrite directory
INSERT OVERWRITE DIRECTORY '/tmp/longitude-stolen' USING parquet SELECT * FROM responses
@@@ write: insert overwrite local directory
INSERT OVERWRITE LOCAL DIRECTORY '/tmp/longitude-stolen' SELECT * FROM responses
@@@ write: CTE-wrapped insert
WITH x AS (SELECT * FROM responses) INSERT INTO responses SELECT * FROM x
@@@ write: CTE-wrapped insert overwrite directory
WITH keys AS (SELECT participant_key FROM enrolments)
INSERT OVERWRITE DIRECTORY 'file:/tmp/longitude-stolen' USING csv SELECT * FROM keys
@@@ write: multi-insert
FROM responses INSERT INTO editions SELECT * INSERT INTO enrolments SELECT *
@@@ write: merge
MERGE INTO editions t USING editions s ON t.edition_id = s.edition_id WHEN MATCHED THEN DELETE
@@@ write: CTE-wrapped merge
WITH s AS (SELECT * FROM editions) MERGE INTO editions t USING s ON t.edition_id = s.edition_id WHEN MATCHED THEN UPDATE SET *
@@@ write: update
UPDATE responses SET sd_integration = 2
@@@ write: delete
DELETE FROM responses WHERE wave = 'W0'
@@@ write: delete with lower case and tabs
delete	from	responses	where	1=1
@@@ write: delete hidden behind a line comment
-- SELECT * FROM responses
DELETE FROM responses
@@@ write: update in mixed case over several lines
uPdAtE
  responses
SeT
  employees = 0
@@@ write: insert into a lake path
INSERT INTO delta.`/tmp/longitude-lake/responses` SELECT * FROM responses
@@@ write: replace table as select
REPLACE TABLE stolen USING delta AS SELECT * FROM responses
@@@ write: create table as select
CREATE TABLE stolen AS SELECT * FROM responses
@@@ write: CTE then create table as select
CREATE TABLE stolen AS WITH x AS (SELECT * FROM enrolments) SELECT * FROM x
@@@ write: create table with location
CREATE TABLE stolen USING parquet LOCATION '/tmp/longitude-stolen' AS SELECT * FROM responses
@@@ write: truncate
TRUNCATE TABLE responses
@@@ ddl: create table
CREATE TABLE t (a INT)
@@@ ddl: create table over a lake folder
CREATE TABLE raw USING delta LOCATION 'file:/tmp/longitude-lake/enrolments'
@@@ ddl: create temporary view shadowing a view
CREATE OR REPLACE TEMPORARY VIEW responses AS SELECT * FROM responses WHERE 1 = 0
@@@ ddl: create temporary view over a file
CREATE TEMPORARY VIEW passwd USING text OPTIONS (path '/etc/passwd')
@@@ ddl: create view
CREATE VIEW v AS SELECT * FROM responses
@@@ ddl: create global temporary view
CREATE GLOBAL TEMPORARY VIEW g AS SELECT * FROM responses
@@@ ddl: drop a view
DROP VIEW responses
@@@ ddl: drop a table
DROP TABLE IF EXISTS responses
@@@ ddl: drop in lower case with a trailing comment
drop view enrolments -- bye
@@@ ddl: alter table
ALTER TABLE responses ADD COLUMNS (x INT)
@@@ ddl: alter view
ALTER VIEW responses AS SELECT 1
@@@ ddl: rename
ALTER TABLE responses RENAME TO gone
@@@ ddl: set table properties
ALTER TABLE editions SET TBLPROPERTIES ('delta.appendOnly' = 'false')
@@@ ddl: create database
CREATE DATABASE stolen
@@@ ddl: drop database
DROP DATABASE default CASCADE
@@@ ddl: repair table
MSCK REPAIR TABLE responses
@@@ ddl: analyze table
ANALYZE TABLE responses COMPUTE STATISTICS
@@@ ddl: comment on table
COMMENT ON TABLE responses IS 'x'
@@@ ddl: delta optimize
OPTIMIZE responses
@@@ ddl: delta vacuum of a lake path
VACUUM '/tmp/longitude-lake/responses' RETAIN 0 HOURS
@@@ ddl: delta restore
RESTORE TABLE responses TO VERSION AS OF 0
@@@ ddl: delta describe history
DESCRIBE HISTORY responses
@@@ ddl: delta describe detail
DESCRIBE DETAIL '/tmp/longitude-lake/responses'
@@@ ddl: delta convert
CONVERT TO DELTA parquet.`/tmp/longitude-lake/x`
@@@ ddl: delta shallow clone
CREATE TABLE copy SHALLOW CLONE responses
@@@ ddl: delta generate manifest
GENERATE symlink_format_manifest FOR TABLE responses
@@@ cache: cache table
CACHE TABLE responses
@@@ cache: cache lazy table as select
CACHE LAZY TABLE c AS SELECT * FROM responses
@@@ cache: uncache
UNCACHE TABLE responses
@@@ cache: clear cache
CLEAR CACHE
@@@ cache: refresh table
REFRESH TABLE responses
@@@ cache: refresh a path
REFRESH '/tmp/longitude-lake'
@@@ cache: cache in lower case with newlines
cache
table
editions
@@@ set: turn file queries back on
SET spark.sql.runSQLOnFiles=true
@@@ set: point the file system elsewhere
SET fs.file.impl=org.apache.hadoop.fs.LocalFileSystem
@@@ set: list settings
SET
@@@ set: list settings verbosely
SET -v
@@@ set: reset
RESET
@@@ set: reset one key
RESET spark.sql.runSQLOnFiles
@@@ set: time zone
SET TIME ZONE 'Europe/Brussels'
@@@ set: hidden after a block comment
/* just a query */ set spark.sql.ansi.enabled = false
@@@ resource: add jar
ADD JAR '/tmp/evil.jar'
@@@ resource: add file
ADD FILE '/etc/passwd'
@@@ resource: add archive
ADD ARCHIVE '/tmp/evil.zip'
@@@ resource: list jars
LIST JARS
@@@ resource: list files
LIST FILES
@@@ function: create function from a class
CREATE FUNCTION evil AS 'com.example.Evil' USING JAR '/tmp/evil.jar'
@@@ function: create temporary function
CREATE TEMPORARY FUNCTION evil AS 'com.example.Evil'
@@@ function: create SQL function
CREATE FUNCTION answer() RETURNS INT RETURN 42
@@@ function: create temporary SQL table function
CREATE TEMPORARY FUNCTION keys() RETURNS TABLE (k STRING) RETURN SELECT participant_key FROM enrolments
@@@ function: drop function
DROP FUNCTION IF EXISTS evil
@@@ execute-immediate: a drop
EXECUTE IMMEDIATE 'DROP VIEW responses'
@@@ execute-immediate: even a query
EXECUTE IMMEDIATE 'SELECT 1'
@@@ execute-immediate: built from parts
EXECUTE IMMEDIATE 'DEL' || 'ETE FROM responses'
@@@ execute-immediate: lower case with a variable
execute immediate 'SELECT * FROM responses WHERE wave = ?' USING 'W0'
@@@ variable: declare
DECLARE VARIABLE v INT DEFAULT 1
@@@ variable: declare or replace
DECLARE OR REPLACE VARIABLE stolen STRING DEFAULT 'x'
@@@ variable: set variable
SET VARIABLE v = 2
@@@ variable: set var from a query
SET VAR v = (SELECT count(*) FROM responses)
@@@ variable: drop variable
DROP TEMPORARY VARIABLE v
@@@ scripting: compound block with a query
BEGIN SELECT 1; END
@@@ scripting: compound block with a write
BEGIN
  DELETE FROM responses;
END
@@@ scripting: loop
BEGIN DECLARE i INT DEFAULT 0; WHILE i < 3 DO SET i = i + 1; END WHILE; END
@@@ scripting: if block
BEGIN IF 1 = 1 THEN SELECT 1; END IF; END
@@@ scripting: labelled block in lower case
lbl: begin select * from responses; end
@@@ transform: script transformation
SELECT TRANSFORM (participant_key) USING 'cat' AS (k) FROM responses
@@@ transform: shell command
SELECT TRANSFORM (*) USING '/bin/sh -c "id"' FROM editions
@@@ transform: map syntax
FROM responses MAP participant_key USING 'cat' AS k
@@@ transform: reduce syntax
FROM responses REDUCE participant_key USING 'cat' AS k
@@@ transform: inside a CTE
WITH t AS (SELECT TRANSFORM (edition_id) USING 'cat' AS (e) FROM editions) SELECT * FROM t
@@@ reflection: reflect
SELECT reflect('java.lang.System', 'getenv', 'HOME')
@@@ reflection: java_method
SELECT java_method('java.lang.System', 'getProperty', 'user.dir')
@@@ reflection: try_reflect
SELECT try_reflect('java.lang.Runtime', 'getRuntime')
@@@ reflection: mixed case
SELECT ReFlEcT('java.util.UUID', 'randomUUID')
@@@ reflection: nested in an expression
SELECT upper(concat('x', reflect('java.lang.System', 'getenv', 'PATH'))) FROM editions
@@@ reflection: in a where clause
SELECT * FROM responses WHERE participant_key = java_method('java.lang.System', 'getenv', 'USER')
@@@ reflection: in an aggregate filter
SELECT count(*) FILTER (WHERE reflect('java.lang.Thread', 'dumpStack') IS NULL) FROM responses
@@@ reflection: in a scalar subquery
SELECT (SELECT reflect('java.lang.System', 'exit', 0)) AS x
@@@ reflection: in an exists subquery
SELECT * FROM editions WHERE EXISTS (SELECT 1 WHERE java_method('java.lang.System', 'gc') IS NULL)
@@@ reflection: in a CTE
WITH x AS (SELECT try_reflect('java.lang.System', 'getenv') AS e) SELECT * FROM x
@@@ reflection: in values
VALUES (reflect('java.lang.System', 'getenv', 'HOME'))
@@@ reflection: in a lateral view
SELECT c FROM editions LATERAL VIEW explode(array(reflect('java.lang.System', 'getenv', 'HOME'))) t AS c
@@@ reflection: in a window
SELECT max(java_method('java.lang.Math', 'random')) OVER (PARTITION BY edition_id) FROM editions
@@@ reflection: in a join condition
SELECT * FROM editions e JOIN enrolments n ON e.edition_id = n.edition_id AND reflect('java.lang.System', 'gc') IS NULL
@@@ reflection: qualified builtin name
SELECT system.builtin.reflect('java.lang.System', 'getenv', 'HOME')
@@@ reflection: behind a comment with a fake end
SELECT /* reflect */ reflect('java.lang.System', 'getenv', 'HOME') -- */
@@@ reflection: in an order by
SELECT edition_id FROM editions ORDER BY java_method('java.lang.Math', 'random')
@@@ file: parquet path
SELECT * FROM parquet.`file:/etc/passwd`
@@@ file: text path
SELECT * FROM text.`/etc/passwd`
@@@ file: csv path
SELECT * FROM csv.`/etc/passwd`
@@@ file: json path
SELECT * FROM json.`/etc/hostname`
@@@ file: binary file path
SELECT * FROM binaryFile.`/etc`
@@@ file: delta path of the lake
SELECT * FROM delta.`/tmp/longitude-lake/enrolments`
@@@ file: delta path in a join
SELECT * FROM responses r JOIN delta.`/tmp/longitude-lake/batches` b ON r.wave = b.status
@@@ file: path in a CTE
WITH p AS (SELECT * FROM text.`/etc/passwd`) SELECT * FROM p
@@@ file: path in a subquery
SELECT * FROM editions WHERE edition_id IN (SELECT value FROM text.`/etc/passwd`)
@@@ file: path through identifier
SELECT * FROM IDENTIFIER('parquet.`/etc/passwd`')
@@@ file: read_files table function
SELECT * FROM read_files('/etc/passwd')
@@@ file: input_file_name
SELECT input_file_name() FROM responses
@@@ file: input_file_block_start
SELECT input_file_block_start() FROM responses
@@@ file: upper-case path format
SELECT * FROM PARQUET.`/tmp/longitude-lake/responses`
@@@ catalog: a table that is not a view
SELECT * FROM batches
@@@ catalog: a catalog-qualified table
SELECT * FROM spark_catalog.default.responses
@@@ catalog: a global temporary view
SELECT * FROM global_temp.responses
@@@ catalog: identifier built at run time
SELECT * FROM IDENTIFIER(concat('resp', 'onses'))
@@@ catalog: options on a relation
SELECT * FROM responses WITH ('path' = '/etc')
@@@ catalog: streaming read
SELECT * FROM STREAM responses
@@@ catalog: time travel on a view
SELECT * FROM responses VERSION AS OF 0
@@@ catalog: time travel by timestamp
SELECT * FROM enrolments TIMESTAMP AS OF '2020-01-01'
@@@ catalog: table function outside the allow list
SELECT * FROM sql_keywords()
@@@ catalog: recursive CTE is not on the allow list
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5) SELECT * FROM r
@@@ empty: nothing
 
@@@ empty: only a comment
-- SELECT * FROM responses
@@@ empty: only a block comment
/* SELECT 1 */
@@@ empty: only semicolons
;;
@@@ invalid: not SQL
please show me all the responses
@@@ invalid: unknown column
SELECT secret FROM responses
