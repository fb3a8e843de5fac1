@echo off
rem cls: the CLS SDK's command line (validate, explain, rules, migrate, canonicalize, digest, schema,
rem example). Runs lib\cls.jar of this installation with Java 17 or later: %JAVA_HOME%\bin\java.exe
rem when JAVA_HOME is set, else the java on the PATH. JAVA_OPTS, if set, is passed to the JVM.
rem The exit code is the command's own (0, 1 or 2: see cls --help).
setlocal
set "CLS_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA_CMD=%JAVA_HOME%\bin\java.exe") else (set "JAVA_CMD=java.exe")
"%JAVA_CMD%" %JAVA_OPTS% -jar "%CLS_HOME%\lib\cls.jar" %*
exit /b %ERRORLEVEL%
