; Inno Setup script for AMK Desktop (issue 11): a per-user install that needs no administrator
; rights, a Start-menu entry, an uninstaller, and .amk files opened by a double-click (the
; association and its icon under HKCU\Software\Classes, as Thonny's installer does).
;
; Build the bundle first (Git Bash: bash packaging/build.sh), then, from the repository root:
;   iscc /DAppVersion=0.1.0 packaging\windows\amk-desktop.iss
; -> dist\amk-desktop-0.1.0-windows-setup.exe  (see packaging/windows/README.md)

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "AMK Desktop"
#define AppExe "amk-desktop.exe"
#define ProgId "AmkDesktop.Session"

[Setup]
AppId={{6F2B8E4C-1D7A-4B5E-9C3F-2A8D0E6B7C41}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=AMK Desktop
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; per user, no administrator rights (the user may still choose "for all users" if allowed)
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=amk-desktop-{#AppVersion}-windows-setup
SetupIconFile=amk-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\resources\licenses\GPL-3.0.txt

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\amk-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "amk-desktop.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install (HKLM when installed for all users)
Root: HKA; Subkey: "Software\Classes\.amk"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.amk"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-amk-session"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.amk\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "AMK-dialogsession"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\amk-desktop.ico,0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".amk"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
