"""The worksheet that produced the first products.json (run build_products.py).

Each product(): id, name, archive categories, aliases, and
  kw        rules that pick keyword codes out of the archive: (regex, full match, any case; version string or function).
            build_products.py applies them to every code used by 2+ articles and writes the explicit code -> version
            map into products.json; a code may also end in search/bug/faq or a glued-on kbbuglist/kbfixlist/kbfaq.
  fix       fix-level patterns, copied into products.json as they are (.NET syntax).
  explicit  code -> version pairs taken as they are.
"""
import re

def dotted(d):
    """'550'->'5.5', '400'->'4.0', '351'->'3.51', '310'->'3.1', '105'->'1.05', '300a'->'3.0a'."""
    m = re.fullmatch(r'(\d)(\d+)([a-z]*)', d, re.I)
    major, rest, letter = m.group(1), m.group(2), m.group(3).lower()
    rest = rest.rstrip('0') or '0'
    return f'{major}.{rest}{letter}'

def year4(d):
    d = d.lower()
    if len(d) == 2:
        return '19' + d
    return d

def sp(v, s):
    s = re.sub(r'^sp', '', s, flags=re.I)
    return f'{v} SP{s.lower()}' if s else v

G = r'(?:kb(?:buglist|fixlist|faq))?'   # glued-on trailing code seen in the archive ("kbvfp500bugkbbuglist")

P = []
def product(id, name, cats, aliases, kw=(), fix=(), explicit=None):
    P.append(dict(id=id, name=name, cats=list(cats), aliases=list(aliases), kw=list(kw), fix=list(fix), explicit=explicit or {}))

# ---------------------------------------------------------------- operating systems
product('windows-nt', 'Microsoft Windows NT', ['winnt'], [
    'Microsoft Windows NT Server, Enterprise Edition', 'Microsoft Windows NT Server Enterprise Edition',
    'Microsoft Windows NT Server, Terminal Server Edition', 'Microsoft Windows NT Server Terminal Server Edition',
    'Microsoft Windows NT Server', 'Microsoft Windows NT Workstation', 'Microsoft Windows NT Advanced Server',
    'Windows NT Server, Enterprise Edition', 'Windows NT Server Enterprise Edition',
    'Windows NT Server, Terminal Server Edition', 'Windows NT Server Terminal Server Edition', 'Windows NT Terminal Server Edition', 'Terminal Server Edition',
    'Windows NT Server', 'Windows NT Workstation', 'Windows NT Advanced Server', 'Windows NT',
    'Microsoft Windows NT Resource Kit', 'Windows NT Resource Kit',
    'Microsoft Routing and Remote Access Service Update for Windows NT Server', 'Routing and Remote Access Service Update',
    'Microsoft Windows NT Load Balancing Service', 'WinNT', 'MS Windows NT',
], kw=[
    (r'kbWinNT[SW]?(\d{3})(?:search)?', lambda m: dotted(m[1])),
    (r'kbWinNT[SW](\d{3})sp(\d+a?)', lambda m: sp(dotted(m[1]), m[2])),
    (r'kbWinNTSEnt(\d{3})', lambda m: dotted(m[1])),
    (r'kbWinNTSEnt(\d{3})sp(\d+a?)', lambda m: sp(dotted(m[1]), m[2])),
    (r'kbWinNTAdvServ(\d{3})', lambda m: dotted(m[1])),
    (r'kbNTTermServ(\d{3})', lambda m: dotted(m[1])),
    (r'kbNTTermServ(\d{3})sp(\d+a?)', lambda m: sp(dotted(m[1]), m[2])),
    (r'kbOSWinNT(\d{3})', lambda m: dotted(m[1])),
    (r'kbOSWinNT(\d{3})sp(\d+a?)', lambda m: sp(dotted(m[1]), m[2])),
    (r'kbRRASNT(\d{3})', lambda m: dotted(m[1])),
], fix=[
    (r'^kb(?:OS)?WinNT(?<major>\d)(?<minor>\d)0sp(?<sp>\d+)a?fix' + G + '$', '${major}.${minor}', '${sp}'),
    (r'^kbWinNT4sp(?<sp>\d+)a?fix' + G + '$', '4.0', '${sp}'),
    (r'^tsesp(?<sp>\d+)fix$', '4.0', '${sp}'),
])

product('windows-2000', 'Microsoft Windows 2000', [], [
    'Microsoft Windows 2000 Server', 'Microsoft Windows 2000 Advanced Server', 'Microsoft Windows 2000 Professional',
    'Microsoft Windows 2000 Datacenter Server', 'Windows 2000 Server', 'Windows 2000 Advanced Server',
    'Windows 2000 Professional', 'Windows 2000 Datacenter Server', 'Windows 2000', 'Win2000', 'Win2K',
], kw=[
    (r'kbwin2000(?:Serv|AdvServ|Pro|DataServ)?(?:search)?', '2000'),
    (r'kbOSWin2000', '2000'),
    (r'kbwin2000(?:Serv|AdvServ|Pro|DataServ)SP(\d)', lambda m: f'2000 SP{m[1]}'),
], fix=[
    (r'^kbWin2000sp(?<sp>\d+)fix$', '2000', '${sp}'),
])

product('windows-xp', 'Microsoft Windows XP', [], [
    'Microsoft Windows XP Professional', 'Microsoft Windows XP Home Edition', 'Microsoft Windows XP 64-Bit Edition',
    'Windows XP Professional', 'Windows XP Home Edition', 'Windows XP',
], kw=[
    (r'kbWinXP(?:Pro|Home)?(?:search)?', 'XP'),
    (r'kbOSWinXP(?:search)?', 'XP'),
])

product('windows-me', 'Microsoft Windows Millennium Edition', [], [
    'Microsoft Windows ME', 'Windows Millennium Edition', 'Windows Me',
], kw=[
    (r'kb(?:OS)?WinME(?:search)?', 'Me'),
])

product('windows-98', 'Microsoft Windows 98', [], [
    'Microsoft Windows 98 Second Edition', 'Windows 98 Second Edition', 'Windows 98 SE', 'Windows 98', 'Win98',
], kw=[
    (r'kb(?:OS)?Win98(?:search)?', '98'),
    (r'win98', '98'),
    (r'kb(?:OS)?Win98SE(?:search)?', '98 SE'),
    (r'win98se', '98 SE'),
])

product('windows-95', 'Microsoft Windows 95', ['win95x'], [
    'Microsoft Windows 95.x Retail Product', 'Microsoft Windows 95 OEM Service Release', 'Windows 95 OEM Service Release',
    'Windows 95', 'Win95',
], kw=[
    (r'kb(?:OS)?Win95', '95'),
    (r'win95', '95'),
    (r'osr1', 'OSR1'),
    (r'osr2', 'OSR2'),
    (r'kbWin95OPKOSR1', 'OSR1'),
    (r'kbWin95OPKOSR2', 'OSR2'),
    (r'kbWin95OPKOSR210', 'OSR2.1'),
    (r'kbWin95OPKOSR25', 'OSR2.5'),
])

product('windows-3x', 'Microsoft Windows 3.x', ['win3x'], [
    'Microsoft Windows 3.x Retail Product', 'Microsoft Windows', 'MS Windows', 'Windows 3.x',
], kw=[
    (r'kb(?:OS)?Win(\d{3}a?)', lambda m: dotted(m[1])),
    (r'win31', '3.1'),
])

product('windows-for-workgroups', 'Microsoft Windows for Workgroups', [], [
    'Windows for Workgroups', 'WFW', 'WFWG',
], kw=[
    (r'kbWFW(\d{3})', lambda m: dotted(m[1])),
])

product('windows-multimedia-extensions', 'Microsoft Windows with Multimedia Extensions', [], [
    'Windows with Multimedia Extensions',
], kw=[(r'kbWinMultiX(\d{3})', lambda m: dotted(m[1]))])

product('windows-for-pen-computing', 'Microsoft Windows for Pen Computing', [], [
    'Windows for Pen Computing',
], kw=[(r'kbWinPen(\d{3}a?)', lambda m: dotted(m[1]))])

product('windows-ce', 'Microsoft Windows CE', [], [
    'Windows CE', 'Microsoft Windows CE Handheld PC', 'Microsoft Windows CE Palm-size PC',
], kw=[
    (r'kbOSWinCE(\d{3})', lambda m: dotted(m[1])),
    (r'kbWinCE(\d{3})', lambda m: dotted(m[1])),
])

product('ms-dos', 'Microsoft MS-DOS', ['msdos'], [
    'Microsoft Disk Operating System', 'Microsoft MS-DOS operating system', 'MS-DOS operating system', 'MS-DOS',
    'Microsoft MS-DOS',
], kw=[
    (r'kbMSDOS(\d{3}a?)', lambda m: dotted(m[1])),
])

product('windows-printing', 'Microsoft Windows Printing Issues', ['winprint'], [
    'Windows Printing Issues',
])

product('windows-misc', 'Miscellaneous Windows Products', ['winmisc'], [
    'Microsoft Miscellaneous Windows Products', 'Microsoft Video for Windows', 'Video for Windows', 'Microsoft WinLogin', 'WinLogin', 'Microsoft Phone', 'Microsoft Windows Productivity Pack', 'Microsoft TrueType Font Pack', 'Microsoft Windows Resource Kit', 'Microsoft Natural Keyboard',
])

product('windows-sound-system', 'Microsoft Windows Sound System', [], [
    'Windows Sound System', 'The Windows Sound System (WSS)', 'Windows Sound System (WSS)',
], kw=[(r'kbWinSoundSys(\d{3}a?)', lambda m: dotted(m[1]))])

product('plus', 'Microsoft Plus!', [], [
    'Microsoft Plus! for Windows 95', 'Microsoft Plus! 98', 'Plus! for Windows 95', 'Microsoft Plus',
], kw=[(r'kbPlus95', '95'), (r'kbPlus98', '98')])

product('windows-networking', 'Windows for Workgroups and Windows NT Networking', ['crossnet'], [
    'Windows for Workgroups and Windows NT Networking Issues',
])

product('network-client', 'Microsoft Network Client for MS-DOS', [], [
    'Microsoft Network Client', 'Network Client for MS-DOS', 'Microsoft Workgroup Add-On for MS-DOS', 'Workgroup Add-On for MS-DOS',
    'Microsoft Workgroup Connections', 'Workgroup Connections',
], kw=[(r'kbNetworkClient(\d{3})DOS', lambda m: dotted(m[1]))])

product('tcpip-32', 'Microsoft TCP/IP-32 for Windows for Workgroups', [], [
    'Microsoft TCP/IP-32', 'TCP/IP-32 for Windows for Workgroups', 'TCP/IP-32',
], kw=[(r'kbTCPIP(311[ab]?)', lambda m: dotted(m[1]))])

product('lan-manager', 'Microsoft LAN Manager', ['lanman'], [
    'LAN Manager', 'DCA/Microsoft Communications Server', 'DCA/Microsoft Communications Workstation', 'Microsoft LAN Manager Programmer\'s Toolkit', 'Microsoft LAN Manager Software Development Kit', 'LanMan',
], kw=[(r'kbLanMan(\d{3}[a-c]?)', lambda m: dotted(m[1]))])

product('file-and-print-services-for-netware', 'Microsoft File and Print Services for NetWare', [], [
    'File and Print Services for NetWare', 'FPNW', 'Microsoft File and Print Services',
], kw=[(r'kbFPNW(\d{3})', lambda m: dotted(m[1]))])

product('windows-services-for-unix', 'Microsoft Windows Services for UNIX', [], [
    'Windows Services for UNIX', 'Services for UNIX', 'Microsoft Windows NT Services for UNIX Add-On Pack', 'Interix', 'Microsoft Interix',
], kw=[(r'kbWinServiceUNIX(\d{3})', lambda m: dotted(m[1]))])

product('cluster-server', 'Microsoft Cluster Server', [], [
    'Cluster Server', 'MSCS',
], kw=[(r'kbClustServ(\d{3})', lambda m: dotted(m[1]))])

product('metadirectory-services', 'Microsoft Metadirectory Services', [], [
    'Metadirectory Services',
], kw=[(r'kbMMS(\d{3})', lambda m: dotted(m[1])), (r'kbMMS(\d{3})SP(\d)', lambda m: sp(dotted(m[1]), m[2]))])

product('small-business-server', 'Microsoft BackOffice Small Business Server', [], [
    'Microsoft Small Business Server', 'BackOffice Small Business Server', 'Small Business Server',
], kw=[(r'kbSBServ(\d{3}a?)', lambda m: dotted(m[1])), (r'kbSBServ2000', '2000')])

product('backoffice-server', 'Microsoft BackOffice Server', [], [
    'BackOffice Server', 'Microsoft BackOffice',
], kw=[(r'kbBackOfficeServ(\d{3})', lambda m: dotted(m[1]))])

# ---------------------------------------------------------------- messaging
product('exchange-server', 'Microsoft Exchange Server', ['exchange'], [
    'Microsoft Exchange', 'Exchange Server', 'Exchange', 'MS Exchange',
    'Microsoft Exchange 2000 Server', 'Microsoft Exchange 2000 Enterprise Server', 'Microsoft Exchange Server Enterprise Edition',
    'Microsoft Exchange Windows NT client', 'Microsoft Exchange Windows 95/98 client', 'Microsoft Exchange Windows 3.x client',
    'Microsoft Exchange Macintosh client', 'Microsoft Exchange MS-DOS client', 'Microsoft Exchange Client for Windows 95',
    'Microsoft Exchange Client', 'Exchange Client', 'Microsoft Exchange Active Server Components',
    'Microsoft Outlook Web Access', 'Outlook Web Access', 'OWA', 'LinkAge Message Exchange', 'Collaboration Data Objects (CDO)', 'Collaboration Data Objects', 'Microsoft Exchange Development Kit',
], kw=[
    (r'exc(4|5|55)', lambda m: {'4': '4.0', '5': '5.0', '55': '5.5'}[m[1]]),
    (r'exc(4|5|55)sp(\d)', lambda m: sp({'4': '4.0', '5': '5.0', '55': '5.5'}[m[1]], m[2])),
    (r'kbExchange(\d{3})(?:NT|Win95|Mac|DOS)?', lambda m: dotted(m[1])),
    (r'kbExchange(\d{3})SP(\d)', lambda m: sp(dotted(m[1]), m[2])),
    (r'kbExchange2000(?:Serv|EntServ|ConfServ)?(?:search)?', '2000'),
    (r'kbExchange2000(?:Serv)?SP(\d)', lambda m: f'2000 SP{m[1]}'),
    (r'kbOWA(\d{3})', lambda m: dotted(m[1])),
    (r'kbOWA(\d{3})SP(\d)', lambda m: sp(dotted(m[1]), m[2])),
    (r'kbExchangeActiveServComp(\d{3})', lambda m: dotted(m[1])),
], fix=[
    (r'^kbExchange(?<major>\d)(?<minor>\d)0sp(?<sp>\d+)fix' + G + '$', '${major}.${minor}', '${sp}'),
    (r'^exc(?<major>\d)(?<minor>\d)sp(?<sp>\d+)fix' + G + '$', '${major}.${minor}', '${sp}'),
    (r'^kbExchange2000sp(?<sp>\d+)fix$', '2000', '${sp}'),
])

product('outlook', 'Microsoft Outlook', [], [
    'Outlook', 'Microsoft Outlook, Exchange Server Edition', 'Microsoft Outlook for Macintosh, Exchange Server Edition',
    'Microsoft Outlook for Macintosh', 'Microsoft Outlook Deployment Kit', 'Microsoft Outlook 98 Deployment Kit',
], kw=[
    (r'kbOutlook(97|98|2000|2001|2002)(?:search)?', lambda m: m[1]),
    (r'kbOutlook(8\d\d)(?:Mac)?', lambda m: dotted(m[1])),
    (r'kbOutlook2000SR(\d)', lambda m: f'2000 SR-{m[1]}'),
])

product('outlook-express', 'Microsoft Outlook Express', [], [
    'Outlook Express', 'Microsoft Internet Mail and News', 'Internet Mail and News',
], kw=[(r'kbOutlookExpress(\d{3})(?:Win95|Win98|Win98SE|WinME|Win2000|NT400|Mac)?', lambda m: dotted(m[1]))])

product('mail-pc-networks', 'Microsoft Mail for PC Networks', ['pcmail'], [
    'Microsoft Mail For PC Networks', 'Microsoft Mail', 'MS Mail', 'Mail for PC Networks', 'Microsoft Mail for Windows',
    'Microsoft Mail Remote for Windows', 'Microsoft Mail Remote for MS-DOS', 'Microsoft Mail Remote',
    'Microsoft Mail Gateway', 'Microsoft Mail Multitasking MTA', 'Microsoft Mail Multitasking MTA for Windows NT',
    'Microsoft Electronic Forms Designer', 'Electronic Forms Designer', 'Microsoft Mail and Schedule+ Extensions for Windows for Workgroups',
    'Microsoft Mail Connection for PC and AppleTalk Networks', 'Microsoft Mail Connection Gateway', 'Microsoft PC Mail',
    'Microsoft Mail Post Office Diagnostics Utility', 'Microsoft Mail Software Development Kit',
    'Microsoft Mail for PC Networks (Hangul Version)',
], kw=[
    (r'kbMailPCN(\d{3}[a-e]?)', lambda m: dotted(m[1])),
    (r'kbMail(\d{3}[ab]?)', lambda m: dotted(m[1])),
    (r'kbMailRemote(\d{3})(?:DOS)?', lambda m: dotted(m[1])),
    (r'kbMailMMTA(\d{3})(?:NT)?', lambda m: dotted(m[1])),
])

product('mail-appletalk', 'Microsoft Mail for AppleTalk Networks', ['macmail'], [
    'Microsoft Mail For Appletalk Networks', 'Mail for AppleTalk Networks', 'Microsoft Mail for the Macintosh',
    'Microsoft Mail Software Development Kit (SDK) for HyperCard', 'Microsoft Mail Gateway for Appletalk Networks',
], kw=[
    (r'kbMailATN(\d{3}[a-d]?)(?:DOS)?', lambda m: dotted(m[1])),
])

product('schedule-plus', 'Microsoft Schedule+', ['schedplus'], [
    'Microsoft Schedule+ for Windows', 'Schedule+', 'Schedule Plus', 'Microsoft Schedule Plus',
], kw=[
    (r'kbSchedule(\d{3}a?)(?:Win95|NT)?', lambda m: dotted(m[1])),
])

# ---------------------------------------------------------------- servers
product('sms', 'Microsoft Systems Management Server', ['sms'], [
    'Systems Management Server', 'SMS', 'Microsoft Systems Management Server Installer', 'Systems Management Server Installer',
], kw=[
    (r'kbSMS(\d{3})', lambda m: dotted(m[1])),
    (r'kbSMS(\d{3})SP(\d)', lambda m: sp(dotted(m[1]), m[2])),
], fix=[
    (r'^kbsms(?<major>\d)(?<minor>\d)0sp(?<sp>\d+)fix' + G + '$', '${major}.${minor}', '${sp}'),
])

product('sna-server', 'Microsoft SNA Server', ['sna'], [
    'SNA Server', 'Microsoft SNA Server for Windows NT', 'Microsoft SNA Workstation', 'SNA Workstation',
    'Microsoft COM Transaction Integrator for CICS and IMS', 'COM Transaction Integrator', 'COMTI', 'Microsoft OLE DB Provider for AS/400 and VSAM', 'Microsoft OLE DB Provider for DB2', 'Microsoft ODBC Driver for DB2', 'MSMQ - MQSeries Bridge', 'Microsoft Host Data Replicator',
], kw=[
    (r'kbSNAServ(\d{3})(?:NT)?', lambda m: dotted(m[1])),
    (r'kbSNAServ(\d{3})(?:NT)?SP(\d)', lambda m: sp(dotted(m[1]), m[2])),
    (r'kbsna(\d{3})sp(\d)', lambda m: sp(dotted(m[1]), m[2])),
    (r'sna4', '4.0'),
], fix=[
    (r'^kbsna(?<major>\d)(?<minor>\d)0sp(?<sp>\d+)fix' + G + '$', '${major}.${minor}', '${sp}'),
])

product('host-integration-server', 'Microsoft Host Integration Server', [], [
    'Host Integration Server',
], kw=[(r'kbHostIntegServ2000', '2000'), (r'kbhis2000', '2000')])

product('iis', 'Microsoft Internet Information Services', ['iis'], [
    'Internet Information Server', 'Microsoft Internet Information Server', 'Internet Information Services', 'IIS',
    'Microsoft Personal Web Server', 'Personal Web Server', 'Microsoft Peer Web Services', 'Peer Web Services',
    'Microsoft Active Server Pages', 'Active Server Pages', 'Microsoft Certificate Server', 'Certificate Server', 'Microsoft Certificate Services', 'Certificate Services',
], kw=[
    (r'kbiis(\d{3})', lambda m: dotted(m[1])),
])

product('index-server', 'Microsoft Index Server', [], [
    'Index Server', 'Indexing Service', 'Microsoft Indexing Service',
], kw=[(r'kbIdxServ(\d{3})', lambda m: dotted(m[1]))])

product('proxy-server', 'Microsoft Proxy Server', [], ['Proxy Server'],
        kw=[(r'kbProxyServ(\d{3})', lambda m: dotted(m[1]))])

product('site-server', 'Microsoft Site Server', [], ['Site Server', 'Microsoft Site Server Express'],
        kw=[(r'kbSiteServ(\d{3})', lambda m: dotted(m[1]))])

product('transaction-server', 'Microsoft Transaction Server', [], ['Transaction Server', 'MTS'],
        kw=[(r'kbMTS(\d{3})', lambda m: dotted(m[1]))])

product('sql-server', 'Microsoft SQL Server', [], [
    'SQL Server', 'Microsoft SQL Server 2000 (all editions)', 'MS SQL Server',
], kw=[
    (r'kbSQLServ(\d{3})', lambda m: dotted(m[1])),
    (r'kbSQLServ(\d{3})SP(\d)', lambda m: sp(dotted(m[1]), m[2])),
    (r'kbSQLServ2000(?:search)?', '2000'),
], fix=[
    (r'^kbSQLServ(?<major>\d)(?<minor>\d)0sp(?<sp>\d+)fix$', '${major}.${minor}', '${sp}'),
    (r'^kbSQLServ2000sp(?<sp>\d+)fix$', '2000', '${sp}'),
])

product('odbc', 'Microsoft Open Database Connectivity (ODBC)', ['odbc'], [
    'Open Database Connectivity (ODBC)', 'Microsoft Open Database Connectivity', 'Open Database Connectivity', 'ODBC',
    'Microsoft ODBC', 'Microsoft ODBC Driver for SQL Server', 'Microsoft ODBC Driver for Access', 'Microsoft ODBC Driver for Oracle',
    'Microsoft ODBC for Oracle', 'Microsoft ODBC Driver for Visual FoxPro', 'Microsoft ODBC Desktop Driver', 'Microsoft ODBC SDK',
], kw=[
    (r'kbODBC(\d{3})', lambda m: dotted(m[1])),
])

product('mdac', 'Microsoft Data Access Components', [], [
    'Data Access Components', 'MDAC', 'ActiveX Data Objects (ADO)', 'ActiveX Data Objects', 'Microsoft ActiveX Data Objects', 'ADO',
    'Microsoft OLE DB', 'OLE DB',
], kw=[
    (r'kbMDAC(\d{3})', lambda m: dotted(m[1])),
    (r'kbMDAC(\d{3})SP(\d)', lambda m: sp(dotted(m[1]), m[2])),
    (r'kbADO(\d{3})', lambda m: dotted(m[1])),
    (r'kbADO(\d{3})SP(\d)', lambda m: sp(dotted(m[1]), m[2])),
], fix=[
    (r'^kb(?:MDAC|ADO)(?<major>\d)(?<minor>\d)0fix$', '${major}.${minor}', None),
    (r'^kbMDAC(?<major>\d)(?<minor>\d)0sp(?<sp>\d+)fix$', '${major}.${minor}', '${sp}'),
])

# ---------------------------------------------------------------- developer tools
product('visual-basic', 'Microsoft Visual Basic for Windows', ['vbwin'], [
    'Microsoft Visual Basic', 'Visual Basic for Windows', 'Visual Basic', 'VB',
    'Microsoft Visual Basic Enterprise Edition for Windows', 'Microsoft Visual Basic Professional Edition for Windows',
    'Microsoft Visual Basic Learning Edition for Windows', 'Microsoft Visual Basic Standard Edition for Windows',
    'Microsoft Visual Basic Control Creation Edition for Windows',
    'Microsoft Windows CE Toolkit for Visual Basic', 'Windows CE Toolkit for Visual Basic',
], kw=[
    (r'kbVB(\d{3})(?:search)?', lambda m: dotted(m[1])),
    (r'kbVBp(\d{3})', lambda m: dotted(m[1])),
    (r'kbVB(\d{3})SP(\d)', lambda m: sp(dotted(m[1]), m[2])),
], fix=[
    (r'^kbVBp?(?<major>\d)(?<minor>\d)0fix' + G + '$', '${major}.${minor}', None),
    (r'^kbVBp?(?<major>\d)(?<minor>\d)0sp(?<sp>\d+)fix' + G + '$', '${major}.${minor}', '${sp}'),
])

product('vba', 'Microsoft Visual Basic for Applications', [], [
    'Visual Basic for Applications', 'VBA',
], kw=[(r'kbVBA(\d{3})(?:search)?', lambda m: dotted(m[1]))])

product('embedded-visual-tools', 'Microsoft eMbedded Visual Tools', [], [
    'Microsoft eMbedded Visual Basic', 'eMbedded Visual Basic', 'Microsoft eMbedded Visual C++', 'eMbedded Visual C++',
    'eMbedded Visual Tools',
], kw=[(r'kbVBeMb(\d{3})', lambda m: dotted(m[1]))])

product('visual-cpp', 'Microsoft Visual C++', ['visualc'], [
    'Microsoft C Compiler', 'Visual C++', 'Microsoft Visual C++.NET', 'Visual C++ .NET', 'Microsoft Visual C++ .NET',
    'Microsoft Visual C++ for Windows', 'Microsoft Visual C++, 32-bit Editions', 'Microsoft Visual C++ 32-bit Edition',
    '*EDITOR Please do not choose this product*Microsoft Visual C++ 32-bit Edition* use 241, 265, 225',
    'Microsoft Visual C++, Macintosh Cross-Development Addon', 'Microsoft Windows CE Toolkit for Visual C++', 'Windows CE Toolkit for Visual C++',
    'The Microsoft Foundation Classes (MFC)', 'Microsoft Foundation Classes', 'MFC',
    'The Microsoft Active Template Library (ATL)', 'Microsoft Active Template Library', 'Active Template Library', 'ATL',
    'The C Run-Time (CRT)', 'C Run-Time', 'The Standard C++ Library', 'Standard C++ Library',
    'The C/C++ Compiler (CL.EXE)', 'Microsoft C/C++ Compiler (CL.EXE)', 'The Integrated Debugger', 'The ClassWizard',
    'The Compiler included with Microsoft Visual C++, 32-bit Edition', 'Microsoft Visual Workbench', 'Visual Workbench', 'The Visual Workbench Integrated Debugger', 'The AppWizard', 'The Resource Editor', 'The App Studio', 'The Linker (LINK.EXE)', 'The DAO SDK', 'Microsoft OLE Control Developer\'s Kit (CDK)', 'OLE Control Developer\'s Kit',
], kw=[
    (r'kbVC(\d{3}[ab]?)', lambda m: dotted(m[1])),
    (r'kbVC(\d{3})SP(\d)', lambda m: sp(dotted(m[1]), m[2])),
    (r'kbVC(\d{3})search', lambda m: dotted(m[1])),
    (r'kbVC(?:EE|PE)(\d{3})', lambda m: dotted(m[1])),
    (r'kbVCXDev(\d{3}b?)Mac', lambda m: dotted(m[1])),
], fix=[
    (r'^kbVC(?<major>\d)(?<minor>\d)0fix' + G + '$', '${major}.${minor}', None),
    (r'^kbVC(?<major>\d)(?<minor>\d[1-9])fix' + G + '$', '${major}.${minor}', None),
    (r'^kbVC(?<major>\d)(?<minor>\d)0sp(?<sp>\d+)fix$', '${major}.${minor}', '${sp}'),
])

product('microsoft-c', 'Microsoft C/C++ for MS-DOS and OS/2', [], [
    'Microsoft C for MS-DOS', 'Microsoft C for OS/2', 'Microsoft C/C++ for MS-DOS', 'Microsoft C/C++',
    'Microsoft C Optimizing Compiler', 'C Optimizing Compiler', 'Microsoft C', 'C/C++ for MS-DOS', 'C/C++',
], kw=[
    (r'kbCComp(\d{3}a?x?)(?:DOS|OS2)', lambda m: dotted(m[1])),
    (r'kbCVC(\d{3}a?)(?:DOS)?', lambda m: dotted(m[1])),
], explicit={'buglist6.00a': '6.00a'}, fix=[
    (r'^fixlist(?<version>6\.00a?)$', '${version}', None),
])

product('quickc', 'Microsoft QuickC', [], [
    'QuickC', 'Microsoft QuickC for Windows', 'QuickC for Windows', 'Microsoft QuickC with QuickAssembler', 'QuickC with QuickAssembler',
], explicit={'buglist2.50': '2.50', 'buglist2.51': '2.51'}, fix=[
    (r'^fixlist(?<version>2\.5[01])$', '${version}', None),
])

product('visual-studio', 'Microsoft Visual Studio', [], [
    'Visual Studio', 'Microsoft Visual Studio.NET', 'Visual Studio .NET', 'Microsoft Visual Studio .NET', 'Visual Studo',
    'Microsoft Developer Studio', 'Developer Studio',
], kw=[
    (r'kbVS(600|97)(?:search)?', lambda m: '97' if m[1] == '97' else '6.0'),
    (r'kbVS(600|97)sp(\d)', lambda m: sp('97' if m[1] == '97' else '6.0', m[2])),
], fix=[
    (r'^kbVS(?<major>\d)(?<minor>\d)0sp(?<sp>\d+)fix$', '${major}.${minor}', '${sp}'),
    (r'^kbVS97sp(?<sp>\d+)fix$', '97', '${sp}'),
])

product('visual-jplusplus', 'Microsoft Visual J++', [], ['Visual J++'],
        kw=[(r'kbVJ(\d{3})', lambda m: dotted(m[1]))])

product('visual-interdev', 'Microsoft Visual InterDev', [], ['Visual InterDev'],
        kw=[(r'kbVisID(\d{3})', lambda m: dotted(m[1]))])

product('visual-foxpro', 'Microsoft Visual FoxPro', [], [
    'Visual FoxPro', 'Microsoft Visual FoxPro for Windows', 'Microsoft Visual FoxPro for Macintosh', 'VFP',
    'Mastering Microsoft Visual FoxPro',
], kw=[
    (r'kbVFP([3-7]\d\d[ab]?)(?:Mac)?', lambda m: dotted(m[1])),
    (r'kbVFP([3-7]\d\d)SP(\d)', lambda m: sp(dotted(m[1]), m[2])),
], fix=[
    (r'^kbVFP(?<major>[3-7])(?<minor>\d)0(?<letter>a?)fix' + G + '$', '${major}.${minor}${letter}', None),
    (r'^kbVFP(?<major>[3-7])(?<minor>\d)0sp(?<sp>\d+)fix$', '${major}.${minor}', '${sp}'),
])

product('foxpro', 'Microsoft FoxPro', ['foxpro'], [
    'FoxPro', 'Microsoft FoxPro for Windows', 'Microsoft FoxPro for MS-DOS', 'Microsoft FoxPro for Macintosh',
    'Microsoft FoxPro for UNIX', 'Microsoft FoxPro Library Construction Kit', 'Microsoft FoxPro Distribution Kit',
], kw=[
    (r'kbFoxPro(2\d\d[a-c]?)(?:DOS|Mac|UNIX)?', lambda m: dotted(m[1])),
])

product('foxbase', 'Microsoft FoxBASE+', ['foxmisc'], [
    'Microsoft Fox Miscellaneous Products', 'FoxBASE+', 'FoxBASE', 'Microsoft FoxBASE+/386',
], kw=[(r'kbFoxBASE(\d{3})(?:DOS|Mac)', lambda m: dotted(m[1]))])

product('visual-sourcesafe', 'Microsoft Visual SourceSafe', ['ssafe'], [
    'Microsoft SourceSafe', 'Visual SourceSafe', 'SourceSafe', 'VSS',
], kw=[
    (r'kbSSafe(\d{3}[a-c]?)(?:NT|DOS|Mac|UNIX)?', lambda m: dotted(m[1])),
], fix=[
    (r'^kbSSafe(?<major>\d)(?<minor>\d)0fix$', '${major}.${minor}', None),
])

product('masm', 'Microsoft Macro Assembler (MASM)', ['masm'], [
    'Microsoft Macro Assembler', 'Macro Assembler', 'MASM', 'Microsoft Macro Assembler (32-bit)',
], kw=[
    (r'kbMASM(\d{3}[a-d]?)', lambda m: dotted(m[1])),
    (r'kbMASM32bit(\d{3}[a-d]?)', lambda m: dotted(m[1])),
], fix=[
    (r'^fixlist(?<version>5\.10a)$', '${version}', None),
])

product('fortran', 'Microsoft FORTRAN', ['fortran'], [
    'Microsoft Fortran Compiler', 'Microsoft FORTRAN compiler for OS/2', 'Microsoft FORTRAN Compiler for MS-DOS',
    'Microsoft FORTRAN for Windows', 'FORTRAN',
], kw=[(r'kbFORTRAN(\d{3})(?:DOS|OS2)', lambda m: dotted(m[1]))])

product('fortran-powerstation', 'Microsoft FORTRAN PowerStation', [], [
    'FORTRAN PowerStation', 'Microsoft Fortran Powerstation 32', 'Fortran PowerStation 32',
], kw=[(r'kbFORTRANPower(?:32)?(\d{3}a?)(?:DOS|NT)', lambda m: dotted(m[1]))])

product('programming-utilities', 'Microsoft Programming Utilities', ['utilities'], [
    'Programming Utilities', 'Microsoft CodeView', 'CodeView', 'Microsoft Programmer\'s Workbench', 'Programmer\'s Workbench', 'PWB',
    'Microsoft LINK', 'Microsoft Segmented-Executable Linker', 'Microsoft Incremental Linker', 'Microsoft NMAKE Utility', 'NMAKE',
    'Microsoft LIB', 'LINK', 'LIB', 'Microsoft Library Manager', 'Microsoft HELPMAKE Utility', 'HELPMAKE', 'Microsoft QuickHelp', 'QuickHelp',
    'Microsoft Source Profiler', 'Microsoft CodeView for Windows', 'Microsoft Remote Access Service',
])

product('quickbasic', 'Microsoft QuickBASIC', [], [
    'QuickBASIC', 'Microsoft QuickBASIC for MS-DOS', 'Microsoft QuickBASIC for the Apple Macintosh', 'QB.EXE',
], explicit={'buglist4.00': '4.00', 'buglist4.00b': '4.00b', 'buglist4.50': '4.50'}, fix=[
    (r'^fixlist(?<version>4\.(?:00b|50))$', '${version}', None),
])

product('basic-pds', 'Microsoft BASIC Professional Development System', [], [
    'BASIC Professional Development System', 'Microsoft BASIC PDS', 'BASIC PDS',
    'Microsoft Basic Professional Development System (PDS) for MS-DOS and MS OS/2', 'Microsoft Basic Professional Development System (PDS)',
    'QBX.EXE',
], explicit={'buglist7.00': '7.00', 'buglist7.10': '7.10'}, fix=[
    (r'^fixlist(?<version>7\.[01]0)$', '${version}', None),
])

product('basic-compiler', 'Microsoft BASIC Compiler', [], [
    'BASIC Compiler', 'Microsoft BASIC Compiler for MS-DOS and MS OS/2', 'Microsoft Basic Compiler for the Apple Macintosh',
], explicit={'buglist6.00b': '6.00b'}, fix=[
    (r'^fixlist(?<version>6\.00b)$', '${version}', None),
])

product('gw-basic', 'Microsoft GW-BASIC', [], [
    'GW-BASIC', 'Microsoft GW-Basic Interpreter', 'GW-Basic Interpreter',
])

product('windows-sdk', 'Microsoft Windows Software Development Kit', ['win16sdk'], [
    'Microsoft Windows Software Development Kit (SDK)', 'Windows Software Development Kit', 'Windows SDK',
    'Microsoft Win32 Software Development Kit (SDK)', 'Microsoft Win32 Software Development Kit', 'Win32 SDK',
    'Microsoft Win32 Application Programming Interface (API)', 'Win32 API', 'Microsoft Win32s', 'Win32s',
    'Microsoft Platform SDK', 'Platform SDK',
], kw=[(r'kbWinSDK(\d{3})', lambda m: dotted(m[1]))])

product('windows-ddk', 'Microsoft Windows Device Driver Kit', ['win16ddk'], [
    'Microsoft Windows Device Development Kit (DDK) for Windows', 'Microsoft Windows Device Development Kit (DDK)',
    'Windows Device Driver Kit', 'Windows DDK', 'Microsoft Windows 95 Driver Development Kit (DDK)',
    'Microsoft Windows 98 Driver Development Kit (DDK)', 'Microsoft Windows ME Driver Development Kit (DDK)',
    'Windows 95 DDK', 'Windows 98 DDK', 'Windows 2000 DDK', 'Windows NT DDK', 'Microsoft Windows 2000 Driver Development Kit (DDK)', 'Microsoft Windows NT Driver Development Kit (DDK)', 'Microsoft Windows NT 4.0 Driver Development Kit (DDK)', 'Microsoft Windows XP Driver Development Kit (DDK)', 'Microsoft Windows 2000 DDK', 'Microsoft Windows NT DDK', 'Microsoft Windows 95 DDK', 'Microsoft Windows 98 DDK',
], kw=[(r'kbWinDDK(\d{3})', lambda m: dotted(m[1]))])

product('misc-sdks', 'Miscellaneous Software Development Kits', ['miscsdk'], [
    'Microsoft Miscellaneous Software Development Kits', 'Microsoft Multimedia Viewer Publishing Toolkit',
    'Multimedia Viewer Publishing Toolkit', 'Microsoft Multimedia Viewer', 'Multimedia Viewer for Windows',
    'Microsoft MediaView Software and Title Development Kit', 'Microsoft Game Software Development Kit (SDK)',
    'Microsoft WinG API', 'Microsoft Windows Telephony Software Development Kit (SDK)',
    'Microsoft Windows Far East Software Development Kit (FESDK) for Windows',
], kw=[(r'kbMMViewer(\d{3}a?)', lambda m: dotted(m[1]))])

product('directx', 'Microsoft DirectX', [], ['DirectX', 'Microsoft DirectX SDK', 'DirectX SDK'])

product('msdn', 'Microsoft Developer Network (MSDN)', ['msdn'], [
    'Microsoft Developer Network', 'MSDN', 'Microsoft Developer Network Subscriptions', 'MSDN Library',
])

product('passport', 'Microsoft Passport', [], ['Passport', 'Microsoft .NET Passport', '.NET Passport'],
        kw=[(r'kbPassport(\d{3})', lambda m: dotted(m[1]))])

# ---------------------------------------------------------------- office and desktop applications
product('office', 'Microsoft Office', [], [
    'Microsoft Office for Windows', 'Microsoft Office for Windows 95', 'Microsoft Office 97 Standard Edition for Windows',
    'Microsoft Office 97 Small Business Edition for Windows', 'Microsoft Office 97 Professional Edition for Windows',
    'Microsoft Office 98 Macintosh Edition', 'Microsoft OfficeXP', 'Microsoft Office XP', 'Office XP', 'Microsoft Office Binder',
    'Microsoft Office Binder 97', 'Microsoft Clip Gallery', 'Clip Gallery', 'Microsoft ClipArt Gallery', 'Microsoft Photo Editor', 'Microsoft Graph',
], kw=[
    (r'kbOffice(95|97|98|2000|2001|XP)(?:search)?', lambda m: m[1].upper()),
    (r'kbOffice(4[23]0)', lambda m: dotted(m[1])),
    (r'kbOffice97SR(\d)', lambda m: f'97 SR-{m[1]}'),
], fix=[
    (r'^kbOffice(?<ver>2000)sp(?<sp>\d+)fix$', '${ver}', '${sp}'),
])

product('word', 'Microsoft Word', ['word97'], [
    'Word 97 for Windows', 'Microsoft Word 97 for Windows', 'Microsoft Word for Windows', 'Microsoft Word for Windows 95',
    'Microsoft Word for the Macintosh', 'Microsoft Word for the Power Macintosh', 'Microsoft Word 98 Macintosh Edition',
    'Microsoft Word for MS-DOS', 'Word for Windows', 'Word for Windows 95', 'Word for the Macintosh', 'Word for MS-DOS',
    'Word', 'Word 97', 'Word 98', 'Word 2000', 'Word 2002', 'Word 95', 'WinWord', 'Microsoft WinWord',
    'Microsoft Word Viewer 97-2000', 'Microsoft Word Viewer', 'Word Viewer',
], kw=[
    (r'kbWord(97|98|2000|2001|2002)(?:search)?', lambda m: m[1]),
    (r'kbWord95(a?)(?:search)?', lambda m: '7.0' + m[1]),
    (r'kbWord([2-7]\d\d[a-c]?)(?:search)?', lambda m: dotted(m[1])),
    (r'kbWord97SR(\d)', lambda m: f'97 SR-{m[1]}'),
    (r'word97', '97'),
    (r'word8', '97'),
    (r'wd2000', '2000'),
])

product('excel', 'Microsoft Excel', [], [
    'Excel', 'Microsoft Excel for Windows', 'Microsoft Excel for Windows 95', 'Microsoft Excel 97 for Windows',
    'Microsoft Excel for the Macintosh', 'Microsoft Excel for the Power Macintosh', 'Microsoft Excel 98 Macintosh Edition',
    'Microsoft Excel Software Development Kit', 'Excel 97', 'Excel 2000', 'Excel 95',
], kw=[
    (r'kbExcel(97|98|2000|2001|2002)(?:search)?', lambda m: m[1]),
    (r'kbExcel95(a?)(?:search)?', lambda m: '7.0' + m[1]),
    (r'kbExcel([3-7]\d\d[a-c]?)', lambda m: dotted(m[1])),
])

product('powerpoint', 'Microsoft PowerPoint', ['powerpt'], [
    'Microsoft PowerPoint for Windows', 'Microsoft PowerPoint for Windows 95', 'Microsoft PowerPoint 97 for Windows',
    'Microsoft PowerPoint for Macintosh', 'Microsoft PowerPoint 98 Macintosh Edition', 'PowerPoint',
    'Microsoft PowerPoint Viewer', 'PowerPoint Viewer', 'Microsoft Internet Assistant for PowerPoint',
], kw=[
    (r'kbPowerPt(97|98|2000|2001|2002)(?:search)?', lambda m: m[1]),
    (r'kbPowerPt95([ab]?)(?:search)?', lambda m: '7.0' + m[1]),
    (r'kbPowerPt([2-7]\d\d[a-e]?)(?:Mac|search)?', lambda m: dotted(m[1])),
])

product('access', 'Microsoft Access', [], [
    'Microsoft Access for Windows', 'Microsoft Access for Windows 95', 'Microsoft Access 97', 'Access 97', 'Access 2000', 'Access 95',
    'Microsoft Access Upsizing Tools', 'Microsoft Jet Database Engine', 'Jet Database Engine', 'Microsoft Jet', 'Microsoft dbWeb',
], kw=[
    (r'kbAccess(97|2000|2002)(?:search)?', lambda m: m[1]),
    (r'kbAccess95(?:search)?', '7.0'),
    (r'kbAccess([12]\d\d|700)', lambda m: dotted(m[1])),
])

product('access-developer-tools', 'Microsoft Access Developer\'s Toolkit and Office Developer Edition', ['accother'], [
    'Microsoft Access Distribution Kit', 'Access Distribution Kit', 'Microsoft Access Developer\'s Toolkit', 'Access Developer\'s Toolkit',
    'Microsoft Office 97 Developer Edition', 'Office 97 Developer Edition', 'Microsoft Office 2000 Developer', 'Office 2000 Developer',
    'Microsoft Office Developer Edition', 'Office Developer Edition', 'ODE', 'ADT',
], kw=[
    (r'kbAccessDevTK(\d{3})', lambda m: dotted(m[1])),
    (r'kbAccessDistKit(\d{3})', lambda m: dotted(m[1])),
])

product('frontpage', 'Microsoft FrontPage', ['frontpg'], [
    'Word Front Page', 'FrontPage', 'Microsoft FrontPage for Windows', 'Microsoft FrontPage for the Macintosh',
    'Microsoft FrontPage 97 for Windows with Bonus Pack', 'FrontPage Server Extensions', 'Microsoft FrontPage Server Extensions',
    'FrontPage 2000 Server Extensions from Microsoft', 'FrontPage 2002 Server Extensions from Microsoft',
    'SharePoint Team Services from Microsoft',
], kw=[
    (r'kbFrontPage(97|98|2000|2002)(?:search)?', lambda m: m[1]),
    (r'kbFrontPage(1\d\d[a-c]?)', lambda m: dotted(m[1])),
])

product('internet-explorer', 'Microsoft Internet Explorer', [], [
    'Internet Explorer', 'MSIE', 'Microsoft Internet Explorer for Windows 95', 'Microsoft Internet Explorer for Macintosh', 'Microsoft Internet Client SDK', 'Internet Client SDK', 'Microsoft Windows Internet Services (WinInet)', 'Windows Internet Services', 'WinInet',
], kw=[
    (r'kbIE(\d{3}a?)(?:Win95|Win98|Win98SE|WinNT400|WinNT351|Win2000|WinME|Win310|Mac)?', lambda m: dotted(m[1])),
    (r'kbIE(\d{3})(?:Win95|Win98|Win98SE|WinNT400|Win2000)SP(\d)', lambda m: sp(dotted(m[1]), m[2])),
    (r'kbIE(\d{3})sp(\d)', lambda m: sp(dotted(m[1]), m[2])),
])

product('works', 'Microsoft Works', [], ['Microsoft Works for Windows', 'Microsoft Works Suite', 'Works Suite'],
        kw=[(r'kbWorks([1-6]\d\d[ab]?)(?:Mac)?', lambda m: dotted(m[1])), (r'kbWorks(2000|2002)', lambda m: m[1])])

product('publisher', 'Microsoft Publisher', [], ['Microsoft Publisher for Windows', 'Microsoft Publisher for Windows 95'],
        kw=[(r'kbPublisher(95|97|98|2000)', lambda m: m[1]), (r'kbPublisher(1\d\d|2\d\d)(a?)', lambda m: dotted(m[1]) + m[2])])

product('project', 'Microsoft Project', [], ['Microsoft Project for Windows'])

# ---------------------------------------------------------------- online and home
product('msn', 'The Microsoft Network (MSN)', ['msnetwork'], [
    'The Microsoft Network', 'Microsoft Network', 'MSN', 'MSN Companion', 'MSN Internet Access for Macintosh', 'MSN Internet Access',
    'MSN Explorer', 'MSN DSL', 'MSN Messenger Service', 'MSN Hotmail', 'Hotmail', 'MSN Broadband for Mac',
], kw=[
    (r'kbMSN([1-7]\d\d)', lambda m: dotted(m[1])),
])

product('home-games', 'Microsoft Home Games', ['homegame'], [
    'Microsoft Games', 'Microsoft Golf', 'Microsoft Golf for Windows', 'Microsoft Links', 'Microsoft Baseball',
    'Microsoft Monster Truck Madness', 'Monster Truck Madness', 'Microsoft Midtown Madness', 'Midtown Madness',
    'Microsoft Motocross Madness', 'Motocross Madness', 'Microsoft Train Simulator', 'Train Simulator',
    'Microsoft Asheron\'s Call', 'Asheron\'s Call', 'Microsoft StarLancer', 'Microsoft MechWarrior', 'MechWarrior',
    'Microsoft Allegiance', 'Microsoft Zone.com', 'Zone.com', 'MSN Gaming Zone', 'Microsoft NBA Inside Drive', 'Microsoft NFL Fever',
    'Microsoft Close Combat', 'Close Combat', 'Microsoft Crimson Skies', 'Microsoft Fury', 'Microsoft Hellbender', 'Microsoft Outwars',
    'Microsoft NBA Full Court Press', 'Microsoft Dungeon Siege', 'Microsoft Fighter Ace', 'Microsoft Urban Assault',
    'Microsoft Deadly Tide', 'Microsoft Return of Arcade', 'Microsoft Arcade', 'Microsoft Soccer', 'Microsoft Pandora\'s Box',
    'Microsoft Windows Entertainment Pack', 'Microsoft Entertainment Pack', 'Microsoft Space Simulator',
    'Microsoft CART Precision Racing', 'Microsoft MechCommander', 'Microsoft Metal Gear Solid', 'Microsoft Rise of Nations',
    'Microsoft Zoo Tycoon', 'Microsoft Casino', 'Microsoft Classic Board Games', 'Microsoft SideWinder', 'SideWinder', 'Microsoft GEX', 'Microsoft Pinball Arcade', 'Microsoft Revenge of Arcade', 'Microsoft Best of Windows Entertainment Pack', 'Microsoft Bicycle Card Games', 'Microsoft Bicycle Board Games', 'Microsoft International Soccer', 'DreamWorks Interactive',
], kw=[
    (r'kbGolf([1-3]00)', lambda m: dotted(m[1])),
    (r'kbBaseBall(2000|2001)', lambda m: m[1]),
])

product('flight-simulator', 'Microsoft Flight Simulator', [], [
    'Flight Simulator', 'Microsoft Flight Simulator for Windows 95', 'Microsoft World of Flight', 'World of Flight', 'Microsoft Flight Simulator for MS-DOS', 'FS98', 'FS2000', 'FS2002',
], kw=[
    (r'kbFlightSim(95|98|2000|2002)(?:Pro)?', lambda m: m[1]),
    (r'kbFlightSim(\d{3})(?:DOS|Mac)', lambda m: dotted(m[1])),
    (r'fs98', '98'),
])

product('combat-flight-simulator', 'Microsoft Combat Flight Simulator', [], [
    'Combat Flight Simulator', 'Microsoft Combat Flight Simulator: WWII Europe Series',
    'Microsoft Combat Flight Simulator 2: WWII Pacific Theater',
])

product('age-of-empires', 'Microsoft Age of Empires', [], [
    'Age of Empires', 'Microsoft Age of Empires II: The Age of Kings', 'Age of Empires II: The Age of Kings',
    'Microsoft Age of Empires II Expansion: The Conquerors', 'Microsoft Age of Empires Expansion: The Rise of Rome', 'Age of Kings',
])

product('home-kids', 'Microsoft Home Kids Products', ['homekids'], [
    'Microsoft Kids', 'Microsoft Plus! for Kids', 'Plus! for Kids', 'Microsoft 3D Movie Maker', '3D Movie Maker',
    'Microsoft Nickelodeon 3D Movie Maker', 'Microsoft Explorapedia', 'Explorapedia', 'Microsoft My Personal Tutor',
    'Microsoft Fun With Imagination', 'Microsoft Actimates', 'Microsoft P.J.\'s Reading Adventures', 'Microsoft How the Leopard Got His Spots',
], kw=[
    (r'kbExplorapedia(?:Nature|People)(\d{3})', lambda m: dotted(m[1])),
])

product('creative-writer', 'Microsoft Creative Writer', [], ['Creative Writer'],
        kw=[(r'kbCreativeWriter(\d{3}[a-c]?)(?:Mac)?', lambda m: dotted(m[1]))])

product('fine-artist', 'Microsoft Fine Artist', [], ['Fine Artist'],
        kw=[(r'kbFineArtist(\d{3}[a-c]?)(?:Mac)?', lambda m: dotted(m[1]))])

product('magic-school-bus', 'Scholastic\'s The Magic School Bus series', [], [
    'Scholastic\'s Magic School Bus series', 'Scholastic\'s The Magic School Bus', 'The Magic School Bus', 'Magic School Bus',
])

product('home-multimedia', 'Microsoft Home Multimedia Titles', ['homemm'], [
    'Microsoft Multimedia', 'Microsoft Multimedia Beethoven', 'Microsoft Multimedia Mozart', 'Microsoft Multimedia Schubert',
    'Microsoft Multimedia Strauss', 'Microsoft Multimedia Stravinsky', 'Microsoft Musical Instruments', 'Microsoft Art Gallery',
    'Microsoft Dinosaurs', 'Microsoft Dogs', 'Microsoft Dangerous Creatures', 'Microsoft Ancient Lands', 'Microsoft Oceans',
    'Microsoft Wine Guide', 'Microsoft Julia Child', 'Microsoft Complete Gardening', 'Microsoft Complete Baseball',
    'Microsoft Complete Basketball', 'Microsoft Complete NBA Basketball', 'Microsoft The Ultimate Frank Lloyd Wright',
    'Microsoft Scenes', 'Microsoft Isaac Asimov\'s The Ultimate Robot', 'Microsoft 500 Nations', 'Microsoft Haunted House', 'Microsoft SoundBits', 'Multimedia Beethoven', 'Microsoft Home CD Sampler', 'Microsoft Encarta Language Learning', 'Encarta Language Learning',
], kw=[
    (r'kbMMMozart(\d{3}a?)', lambda m: dotted(m[1])),
])

product('encarta-encyclopedia', 'Microsoft Encarta Encyclopedia', [], [
    'Microsoft Encarta', 'Encarta', 'Encarta Encyclopedia', 'Microsoft Encarta 94', 'Microsoft Encarta Encyclopedia Deluxe',
    'Microsoft Encarta Encyclopedia Standard', 'Microsoft Encarta Africana', 'Encarta Africana',
], kw=[
    (r'kbEncartaEnCyc(\d{4})(?:Del|Mac|DelMac|Intro)?', lambda m: m[1]),
    (r'kbEncarta(19\d\d)', lambda m: m[1]),
])

product('encarta-reference', 'Microsoft Encarta Reference Suite', [], [
    'Encarta Reference Suite', 'Microsoft Encarta Reference Library', 'Encarta Reference Library',
    'Microsoft Encarta Research Organizer', 'Encarta Research Organizer',
], kw=[
    (r'kbEncartaReference(98|99|2000|2001)', lambda m: year4(m[1])),
    (r'kbEncartaRef(2002)(?:DVD)?', lambda m: m[1]),
])

product('encarta-world-atlas', 'Microsoft Encarta World Atlas', [], [
    'Encarta World Atlas', 'Microsoft Encarta Interactive World Atlas', 'Encarta Interactive World Atlas', 'Microsoft Encarta World Atlas', 'Microsoft Encarta 96 World Atlas', 'Microsoft Encarta 97 World Atlas',
    'Microsoft Encarta Virtual Globe', 'Encarta Virtual Globe',
], kw=[
    (r'kbEncartaWorldAtlas(\d{4})', lambda m: m[1]),
    (r'kbEncartaVirtGlobe(98|99)', lambda m: year4(m[1])),
])

product('encarta-dictionary', 'Microsoft Encarta World English Dictionary', [], [
    'Encarta World English Dictionary', 'Microsoft Encarta Dictionary',
], kw=[(r'kbEncartaWorldEngDict(2001)', lambda m: m[1])])

product('bookshelf', 'Microsoft Bookshelf', [], ['Bookshelf', 'Microsoft Bookshelf for Windows'],
        kw=[(r'kbBookShelf(\d{4})(?:Mac|Intro)?', lambda m: m[1])])

product('cinemania', 'Microsoft Cinemania', [], ['Cinemania', 'Microsoft Cinemania for Windows'],
        kw=[(r'kbCinemania(\d{4})(?:Mac)?', lambda m: m[1])])

product('music-central', 'Microsoft Music Central', [], ['Music Central'],
        kw=[(r'kbMusicCentral(?:Mac)?(\d{4})', lambda m: m[1])])

product('home-misc', 'Microsoft Home Miscellaneous Products', ['homemisc'], [
    'Microsoft Picture It!', 'Picture It!', 'Microsoft Greetings', 'Microsoft Greetings Workshop', 'Microsoft Home Publishing',
    'Microsoft PhotoDraw', 'Microsoft Reader', 'Microsoft Money', 'Microsoft Encarta Lesson Collection',
])

product('automap', 'Microsoft Automap', ['automap'], [
    'Automap', 'Microsoft Automap Streets', 'Microsoft Automap Road Atlas', 'Microsoft Automap Trip Planner',
    'Microsoft Automap Streets Plus', 'Microsoft Automap Destination Europe', 'Microsoft Automap Destination Ski',
    'Microsoft Pocket Automap Streets', 'Microsoft Expedia Trip Planner', 'Expedia Trip Planner',
])

product('streets-and-trips', 'Microsoft Streets & Trips', [], [
    'Microsoft Streets and Trips', 'Streets & Trips', 'Streets and Trips', 'Microsoft Expedia Streets and Trips',
    'Microsoft Expedia Streets', 'Expedia Streets and Trips', 'Expedia Streets',
], kw=[(r'kbExpediaStreets(98|2000|2001|2002)(?:del)?', lambda m: year4(m[1]))])

product('mappoint', 'Microsoft MapPoint', [], ['MapPoint'],
        kw=[(r'kbMapPoint(\d{4})', lambda m: m[1])])

product('mouse', 'Microsoft Mouse', [], [
    'Microsoft Mouse driver', 'Microsoft Mouse Driver for MS-DOS', 'Microsoft IntelliPoint software', 'IntelliPoint',
    'Microsoft IntelliMouse', 'IntelliMouse',
], kw=[(r'kbIntelliPoint(\d{3}a?)', lambda m: dotted(m[1]))])

# ---------------------------------------------------------------- sources that are not products
product('mspl13-basic', 'Microsoft Programmer\'s Library 1.3: BASIC References', ['mspl13_basic'], [
    'MSPL 1.3 BASIC References',
])
product('mspl13-c', 'Microsoft Programmer\'s Library 1.3: C References', ['mspl13_c'], [
    'MSPL 1.3 C References',
])
product('mspl13-masm', 'Microsoft Programmer\'s Library 1.3: MASM References', ['mspl13_masm'], [
    'MSPL 1.3 MASM References',
])
product('msj', 'Microsoft Systems Journal', ['msj'], [
    'Miscrosoft Systems Journal', 'Microsoft Systems Journal (MSJ)', 'MSJ',
])
product('microsoft-press', 'Microsoft Press', ['mspress'], [
    'MSPRESS', 'Microsoft Press books',
])
product('mastering-series', 'Microsoft Mastering Series', ['mastering'], [
    'Microsoft Mastering Products', 'Microsoft Mastering',
])
product('product-support-information', 'Microsoft Product Support Information', ['techinfo'], [
    'Microsoft Technical Support Information',
])
product('macintosh-tips', 'Microsoft Tips for the Macintosh System', ['macsys'], [
    'Tips for the Macintosh System',
])
